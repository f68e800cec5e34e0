package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.Lesson;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    private static Command parse(String text) {
        return CommandParser.parse(text).command();
    }

    private static UsageException refused(String text) {
        return assertThrows(UsageException.class, () -> CommandParser.parse(text));
    }

    @Test
    void openTakesTitleAndOptionsInAnyOrder() {
        assertEquals(new Command.Open("Checkout 5xx spike", Severity.SEV2, "checkout", null),
                parse("open sev:2 Checkout 5xx spike service:checkout"));
        assertEquals(new Command.Open("DB: replica lag", null, null, null), parse("open DB: replica lag"));
        assertEquals(new Command.Open("x", Severity.SEV1, null, null), parse("OPEN x severity:SEV1"));
    }

    @Test
    void openErrorsSayWhatWasWrong() {
        assertEquals("`open` needs a title.", refused("open sev:1").getMessage());
        assertEquals("Severity must be 1-4 (1 is worst), not `high`.", refused("open x sev:high").getMessage());
        assertEquals("`sev:` needs a value, e.g. `sev:2`.", refused("open x sev:").getMessage());
        assertEquals("`service:` is given twice.", refused("open x service:a service:b").getMessage());
        assertEquals(Verb.OPEN, refused("open").verb());
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
    void emptyInputShowsHelp() {
        assertEquals(new Command.Help(null), parse("   "));
        assertEquals(new Command.Help("note"), parse("help note"));
    }

    @Test
    void unknownSubcommandListsTheKnownOnes() {
        UsageException e = refused("escalate now");
        assertTrue(e.getMessage().startsWith("`escalate` is not a subcommand. Try: open, status, list"),
                e.getMessage());
        assertNull(e.verb());
    }

    @Test
    void simpleSubcommandsTakeNoArguments() {
        assertEquals(new Command.Status(), parse("status"));
        assertEquals(new Command.Acknowledge(), parse("ack"));
        assertEquals(new Command.NextPhase(), parse("next"));
        assertEquals(new Command.Close(), parse("close"));
        assertEquals(new Command.Postmortem(), parse("postmortem"));
        assertEquals("`ack` takes no arguments; got `now please`.", refused("ack now please").getMessage());
    }

    @Test
    void listTakesAll() {
        assertEquals(new Command.ListIncidents(false), parse("list"));
        assertEquals(new Command.ListIncidents(true), parse("list all"));
        assertEquals("`list` takes nothing or `all`, not `mine`.", refused("list mine").getMessage());
    }

    @Test
    void severityAcceptsCommonSpellings() {
        assertEquals(new Command.SetSeverity(Severity.SEV1), parse("sev 1"));
        assertEquals(new Command.SetSeverity(Severity.SEV4), parse("sev SEV4"));
        assertEquals(new Command.SetSeverity(Severity.SEV2), parse("sev sev-2"));
        assertEquals("Severity must be 1-4 (1 is worst), not `5`.", refused("sev 5").getMessage());
        assertEquals("`sev` needs a severity 1-4.", refused("sev").getMessage());
    }

    @Test
    void phaseNamesAreChecked() {
        assertEquals(new Command.JumpToPhase(Phase.RCA), parse("phase RCA"));
        assertEquals("`fix` is not a phase; phases are detect|triage|mitigate|rca|recover|postmortem.",
                refused("phase fix").getMessage());
    }

    @Test
    void backNeedsAReason() {
        assertEquals(new Command.Back("errors returned"), parse("back errors returned"));
        assertEquals("`back` needs a reason (why go back?).", refused("back").getMessage());
    }

    @Test
    void rolesTakeMentionsNamesOrMe() {
        assertEquals(new Command.AssignRole(Role.COMMANDER, new UserRef("U123", "ana", false)),
                parse("role commander <@U123|ana>"));
        assertEquals(new Command.AssignRole(Role.COMMS, new UserRef("81726354", null, false)),
                parse("role comms <@!81726354>"));
        assertEquals(new Command.AssignRole(Role.SCRIBE, new UserRef(null, null, true)), parse("role scribe me"));
        assertEquals(new Command.AssignRole(Role.COMMANDER, new UserRef(null, "bo", false)), parse("role ic @bo"));
        assertEquals("`boss` is not a role; roles are commander|comms|scribe.", refused("role boss ana").getMessage());
        assertEquals("`role` needs a role and a person.", refused("role commander").getMessage());
    }

    @Test
    void checkTakesAnItemOfTheCurrentOrANamedPhase() {
        assertEquals(new Command.Check(null, 2, true), parse("check 2"));
        assertEquals(new Command.Check(Phase.TRIAGE, 1, true), parse("check triage 1"));
        assertEquals(new Command.Check(null, 3, false), parse("uncheck #3"));
        assertEquals("`two` is not a valid item number (1, 2, 3, ...).", refused("check two").getMessage());
        assertEquals("`0` is not a valid item number (1, 2, 3, ...).", refused("check 0").getMessage());
    }

    @Test
    void noteKeepsLineBreaksAndBackfillsWithAt() {
        assertEquals(new Command.Note("line one\nline two", null), parse("note line one\nline two"));
        assertEquals(new Command.Note("first 5xx seen", new BackfillTime(null, LocalTime.of(14, 26))),
                parse("note --at 14:26 first 5xx seen"));
        assertEquals(new Command.Note("deploy", new BackfillTime(LocalDate.of(2026, 3, 1), LocalTime.of(9, 5))),
                parse("note --at 2026-03-01 09:05 deploy"));
        assertEquals(new Command.Note("x", new BackfillTime(null, LocalTime.of(9, 5))), parse("note --at 9:05 x"));
        assertEquals("`--at 25:99` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.",
                refused("note --at 25:99 x").getMessage());
        assertEquals("`note` needs the note's text.", refused("note --at 14:26").getMessage());
    }

    @Test
    void longTextIsRefused() {
        assertTrue(refused("note " + "x".repeat(3001)).getMessage().startsWith("The text is 3001 characters"));
    }

    @Test
    void actionTakesOwnerDueAndLinkOrMarksDone() {
        assertEquals(new Command.AddAction("add a canary stage", new UserRef("U9", null, false),
                LocalDate.of(2026, 12, 1), "https://jira.example/OPS-1"),
                parse("action add a canary stage owner:<@U9> due:2026-12-01 link:https://jira.example/OPS-1"));
        assertEquals(new Command.CompleteAction(2), parse("action done 2"));
        assertEquals(new Command.AddAction("done with the runbook review", null, null, null),
                parse("action done with the runbook review"));
        assertEquals("`due:2026-02-30` is not a date; use YYYY-MM-DD, e.g. due:2030-01-31.",
                refused("action x due:2026-02-30").getMessage());
        assertEquals("`ftp://x` is not an http(s) URL.", refused("action x link:ftp://x").getMessage());
    }

    @Test
    void linksAcceptSlackAngleBrackets() {
        assertEquals(new Command.AddLink("https://grafana.example/d/1", "Checkout dashboard"),
                parse("link <https://grafana.example/d/1|grafana> Checkout dashboard"));
        assertEquals(new Command.AddLink("https://x.example", null), parse("link https://x.example"));
    }

    @Test
    void reviewSubcommands() {
        assertEquals(new Command.Trigger("deploy 4411"), parse("trigger deploy 4411"));
        assertEquals(new Command.Learned(Lesson.Kind.LUCKY, "it was 3am"), parse("learned lucky it was 3am"));
        assertEquals("`meh` is not one of well, wrong, lucky.", refused("learned meh x").getMessage());
        assertEquals(new Command.Rollback(false), parse("rollback"));
        assertEquals(new Command.Rollback(true), parse("rollback confirm"));
        assertEquals(new Command.Resolve(null), parse("resolve"));
        assertEquals(new Command.Resolve("rolled back 4411"), parse("resolve rolled back 4411"));
        assertEquals(new Command.Update("we are on it"), parse("update we are on it"));
        assertEquals(new Command.AddWhy("no canary"), parse("why no canary"));
        assertEquals(new Command.Impact("20% of checkouts fail"), parse("impact 20% of checkouts fail"));
    }

    @Test
    void everySubcommandHasAUsageLineStartingWithItsName() {
        for (Verb verb : Verb.values()) {
            assertTrue(verb.usage().startsWith("/incident " + verb.id()), verb.usage());
        }
    }
}
