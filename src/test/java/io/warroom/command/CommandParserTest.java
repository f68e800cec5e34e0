package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.warroom.i18n.Language;
import io.warroom.incident.Lesson;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {

    private static UsageException refused(String text) {
        return assertThrows(UsageException.class, () -> CommandParser.parse(text));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> accepted() {
        return Stream.of(
                // open takes a title and its options in any order
                arguments("open sev:2 Checkout 5xx spike service:checkout",
                        new Command.Open("Checkout 5xx spike", Severity.SEV2, "checkout", null)),
                arguments("open DB: replica lag", new Command.Open("DB: replica lag", null, null, null)),
                arguments("OPEN x severity:SEV1", new Command.Open("x", Severity.SEV1, null, null)),
                // empty input shows help
                arguments("   ", new Command.Help(null)),
                arguments("help note", new Command.Help("note")),
                // simple subcommands take no arguments
                arguments("status", new Command.Status()),
                arguments("ack", new Command.Acknowledge()),
                arguments("next", new Command.NextPhase()),
                arguments("close", new Command.Close()),
                arguments("postmortem", new Command.Postmortem(null)),
                // postmortem picks the export's language
                arguments("postmortem ko", new Command.Postmortem(Language.KO)),
                arguments("postmortem EN", new Command.Postmortem(Language.EN)),
                arguments("list", new Command.ListIncidents(false)),
                arguments("list all", new Command.ListIncidents(true)),
                // severity in its common spellings
                arguments("sev 1", new Command.SetSeverity(Severity.SEV1)),
                arguments("sev SEV4", new Command.SetSeverity(Severity.SEV4)),
                arguments("sev sev-2", new Command.SetSeverity(Severity.SEV2)),
                arguments("phase RCA", new Command.JumpToPhase(Phase.RCA)),
                arguments("back errors returned", new Command.Back("errors returned")),
                // roles take mentions, names or me
                arguments("role commander <@U123|ana>",
                        new Command.AssignRole(Role.COMMANDER, new UserRef("U123", "ana", false))),
                arguments("role comms <@!81726354>",
                        new Command.AssignRole(Role.COMMS, new UserRef("81726354", null, false))),
                arguments("role scribe me", new Command.AssignRole(Role.SCRIBE, new UserRef(null, null, true))),
                arguments("role ic @bo", new Command.AssignRole(Role.COMMANDER, new UserRef(null, "bo", false))),
                // check takes an item of the current or a named phase
                arguments("check 2", new Command.Check(null, 2, true)),
                arguments("check triage 1", new Command.Check(Phase.TRIAGE, 1, true)),
                arguments("uncheck #3", new Command.Check(null, 3, false)),
                // note keeps line breaks and backfills with --at
                arguments("note line one\nline two", new Command.Note("line one\nline two", null)),
                arguments("note --at 14:26 first 5xx seen",
                        new Command.Note("first 5xx seen", new BackfillTime(null, LocalTime.of(14, 26)))),
                arguments("note --at 2026-03-01 09:05 deploy",
                        new Command.Note("deploy", new BackfillTime(LocalDate.of(2026, 3, 1), LocalTime.of(9, 5)))),
                arguments("note --at 9:05 x", new Command.Note("x", new BackfillTime(null, LocalTime.of(9, 5)))),
                // action takes owner, due date and link, or marks one done
                arguments("action add a canary stage owner:<@U9> due:2026-12-01 link:https://jira.example/OPS-1",
                        new Command.AddAction("add a canary stage", new UserRef("U9", null, false),
                                LocalDate.of(2026, 12, 1), "https://jira.example/OPS-1")),
                arguments("action done 2", new Command.CompleteAction(2)),
                arguments("action done with the runbook review",
                        new Command.AddAction("done with the runbook review", null, null, null)),
                arguments("action file #2", new Command.FileAction(2)),
                arguments("action file the quarterly report",
                        new Command.AddAction("file the quarterly report", null, null, null)),
                // links accept Slack's angle brackets
                arguments("link <https://grafana.example/d/1|grafana> Checkout dashboard",
                        new Command.AddLink("https://grafana.example/d/1", "Checkout dashboard")),
                arguments("link https://x.example", new Command.AddLink("https://x.example", null)),
                // review
                arguments("trigger deploy 4411", new Command.Trigger("deploy 4411")),
                arguments("learned lucky it was 3am", new Command.Learned(Lesson.Kind.LUCKY, "it was 3am")),
                arguments("rollback", new Command.Rollback(false)),
                arguments("rollback confirm", new Command.Rollback(true)),
                arguments("resolve", new Command.Resolve(null)),
                arguments("resolve rolled back 4411", new Command.Resolve("rolled back 4411")),
                arguments("update we are on it", new Command.Update("we are on it")),
                // update is internal unless marked --public; --publish makes a posted one public
                arguments("update --public Checkout is back", new Command.Update("Checkout is back", true)),
                arguments("update we are public --public", new Command.Update("we are public --public", false)),
                arguments("update public apology drafted", new Command.Update("public apology drafted", false)),
                arguments("update --publish 42", new Command.PublishUpdate(42)),
                arguments("why no canary", new Command.AddWhy("no canary")),
                arguments("impact 20% of checkouts fail", new Command.Impact("20% of checkouts fail")),
                // title and service replace what the incident was opened with; a title is one line
                arguments("title Checkout DB pool exhausted", new Command.Retitle("Checkout DB pool exhausted")),
                arguments("title sev:1 is\n  down", new Command.Retitle("sev:1 is down")),
                arguments("service checkout", new Command.SetService("checkout")),
                arguments("service None", new Command.SetService(null)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("accepted")
    void eachFormParsesToItsCommand(String text, Command expected) {
        assertEquals(expected, CommandParser.parse(text).command());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> refusals() {
        return Stream.of(
                arguments("open sev:1", "`open` needs a title."),
                arguments("open x sev:high", "Severity must be 1-4 (1 is worst), not `high`."),
                arguments("open x sev:", "`sev:` needs a value, e.g. `sev:2`."),
                arguments("open x service:a service:b", "`service:` is given twice."),
                arguments("ack now please", "`ack` takes no arguments; got `now please`."),
                arguments("list mine", "`list` takes nothing or `all`, not `mine`."),
                arguments("postmortem fr", "`postmortem` takes a language (en|ko) or nothing, not `fr`."),
                arguments("postmortem ko-KR", "`postmortem` takes a language (en|ko) or nothing, not `ko-KR`."),
                arguments("sev 5", "Severity must be 1-4 (1 is worst), not `5`."),
                arguments("sev", "`sev` needs a severity 1-4."),
                arguments("phase fix",
                        "`fix` is not a phase; phases are detect|triage|mitigate|rca|recover|postmortem."),
                arguments("back", "`back` needs a reason (why go back?)."),
                arguments("role boss ana", "`boss` is not a role; roles are commander|comms|scribe."),
                arguments("role commander", "`role` needs a role and a person."),
                arguments("check two", "`two` is not a valid item number (1, 2, 3, ...)."),
                arguments("check 0", "`0` is not a valid item number (1, 2, 3, ...)."),
                arguments("note --at 25:99 x",
                        "`--at 25:99` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM."),
                arguments("note --at 14:26", "`note` needs the note's text."),
                arguments("action x due:2026-02-30",
                        "`due:2026-02-30` is not a date; use YYYY-MM-DD, e.g. due:2030-01-31."),
                arguments("action x link:ftp://x", "`ftp://x` is not an http(s) URL."),
                arguments("learned meh x", "`meh` is not one of well, wrong, lucky."),
                arguments("update --public", "`update` needs the public update's text."),
                arguments("update --publish", "`--publish` needs the number of one posted update, e.g. "
                        + "`update --publish 42`."),
                arguments("update --publish 4 2", "`--publish` needs the number of one posted update, e.g. "
                        + "`update --publish 42`."),
                arguments("update --publish last", "`last` is not a valid update number (1, 2, 3, ...)."),
                arguments("title   ", "`title` needs the new title."),
                arguments("title " + "t".repeat(201), "`title` is 201 characters; the limit is 200."),
                arguments("service", "`service` needs a service name, or `none` to clear it."),
                arguments("service check out", "`service` takes one name, not `check out`."),
                arguments("service " + "s".repeat(201), "`service` is 201 characters; the limit is 200."));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @MethodSource("refusals")
    void eachMistakeIsRefusedSayingWhatWasWrong(String text, String message) {
        assertEquals(message, refused(text).getMessage());
    }

    @Test
    void aRefusalKnowsItsSubcommandSoItsUsageCanBeShown() {
        assertEquals(Verb.OPEN, refused("open").verb());
    }

    @Test
    void aPublicUpdateWithoutTextIsAnsweredWithTheUsageLineNamingTheFlag() {
        UsageException refusal = refused("update --public  ");
        assertEquals("`update` needs the public update's text.", refusal.getMessage());
        assertEquals("/incident update [--public] <text> | update --publish <update-id>", refusal.verb().usage());
    }

    @Test
    void aPostmortemInAnUnknownLanguageIsAnsweredWithTheUsageLineNamingTheLanguages() {
        // The usage line comes from a message bundle, which needs Quarkus; this test reads the grammar alone.
        UsageException refused = refused("postmortem fr");
        assertEquals("`postmortem` takes a language (en|ko) or nothing, not `fr`.", refused.getMessage());
        assertEquals(Verb.POSTMORTEM, refused.verb());
        assertEquals("/incident postmortem [en|ko]", Verb.POSTMORTEM.usage());
    }

    @Test
    void typedOptionsKeepATitleThatLooksLikeAnOption() {
        ParsedCommand parsed = CommandParser.typed(Verb.OPEN, Arguments.typed("sev:1 is not an option here",
                Map.of("sev", "3")), Optional.empty());
        assertEquals(new Command.Open("sev:1 is not an option here", Severity.SEV3, null, null), parsed.command());
    }

    @Test
    void theIncidentCanBeNamedBeforeOrAfterTheSubcommand() {
        ParsedCommand before = CommandParser.parse("INC-42 note db is back");
        assertEquals(Optional.of(42L), before.incidentNumber());
        assertEquals(new Command.Note("db is back", null), before.command());
        ParsedCommand after = CommandParser.parse("note inc-42 db is back");
        assertEquals(Optional.of(42L), after.incidentNumber());
        assertEquals(new Command.Note("db is back", null), after.command());
        assertEquals(Verb.STATUS, CommandParser.parse("INC-7").verb());
        assertEquals(Optional.empty(), CommandParser.parse("note db is back").incidentNumber());
    }

    @Test
    void unknownSubcommandListsTheKnownOnes() {
        UsageException e = refused("escalate now");
        assertTrue(e.getMessage().startsWith("`escalate` is not a subcommand. Try: open, status, list"),
                e.getMessage());
        assertNull(e.verb());
    }

    @Test
    void longTextIsRefused() {
        assertTrue(refused("note " + "x".repeat(3001)).getMessage().startsWith("The text is 3001 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Verb.class)
    void everySubcommandHasAUsageLineStartingWithItsName(Verb verb) {
        assertTrue(verb.usage().startsWith("/incident " + verb.id()), verb.usage());
    }
}
