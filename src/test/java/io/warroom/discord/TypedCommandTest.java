package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.warroom.command.BackfillTime;
import io.warroom.command.Command;
import io.warroom.command.CommandParser;
import io.warroom.command.ParsedCommand;
import io.warroom.command.UsageException;
import io.warroom.command.UserRef;
import io.warroom.i18n.Language;
import io.warroom.incident.Lesson;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slash command options run through the same grammar as typed text. */
class TypedCommandTest {

    @Test
    void optionsLookingLikeKeyValueStayInTheTitle() {
        ParsedCommand open = TypedCommand.parse("open", List.of(TypedOption.of("title", "Why sev:1 pages fire"),
                TypedOption.of("severity", "2"), TypedOption.of("service", "alerting")));
        assertEquals(new Command.Open("Why sev:1 pages fire", Severity.SEV2, "alerting", null), open.command());
    }

    @Test
    void wordsGoInTheOrderTheUsageLineNamesThem() {
        assertEquals(new Command.Check(Phase.MITIGATE, 2, true), TypedCommand.parse("check", List.of(
                TypedOption.of("item", "2"), TypedOption.of("phase", "mitigate"))).command());
        assertEquals(new Command.Check(null, 3, false), TypedCommand.parse("uncheck", List.of(
                TypedOption.of("item", "3"))).command());
        assertEquals(new Command.Note("rolled back", new BackfillTime(null, LocalTime.of(14, 26))),
                TypedCommand.parse("note", List.of(TypedOption.of("text", "rolled back"), TypedOption.of("at",
                        "14:26"))).command());
        assertEquals(new Command.Learned(Lesson.Kind.LUCKY, "it was a Sunday"), TypedCommand.parse("learned",
                List.of(TypedOption.of("kind", "lucky"), TypedOption.of("text", "it was a Sunday"))).command());
        assertEquals(new Command.AddLink("https://grafana.example.com/d/1", "dashboard"), TypedCommand.parse("link",
                List.of(TypedOption.of("url", "https://grafana.example.com/d/1"), TypedOption.of("label",
                        "dashboard"))).command());
    }

    @Test
    void thePostmortemsLanguageChoiceIsItsWord() {
        assertEquals(new Command.Postmortem(Language.KO), TypedCommand.parse("postmortem", List.of(
                TypedOption.of("language", "ko"), TypedOption.of("incident", "INC-7"))).command());
        assertEquals(new Command.Postmortem(null), TypedCommand.parse("postmortem", List.of()).command());
    }

    @Test
    void thePublicOptionMarksAnUpdatePublicAndOnlyWhenTrue() {
        assertEquals(new Command.Update("Checkout is back", true), TypedCommand.parse("update", List.of(
                TypedOption.of("text", "Checkout is back"), TypedOption.flag("public", true))).command());
        assertEquals(new Command.Update("Checkout is back", false), TypedCommand.parse("update", List.of(
                TypedOption.flag("public", false), TypedOption.of("text", "Checkout is back"))).command());
        assertEquals(new Command.Update("Checkout is back", false), TypedCommand.parse("update", List.of(
                TypedOption.of("text", "Checkout is back"))).command());
    }

    @Test
    void onCallRunbooksAndSnoozeReadLikeTheirTypedForms() {
        assertEquals(CommandParser.parse("oncall checkout").command(), TypedCommand.parse("oncall", List.of(
                TypedOption.of("service", "checkout"))).command());
        assertEquals(CommandParser.parse("run rollback checkout version=4411").command(), TypedCommand.parse("run",
                List.of(TypedOption.of("param", "version=4411"), TypedOption.of("service", "checkout"),
                        TypedOption.of("action", "rollback"))).command());
        assertEquals(CommandParser.parse("snooze 1h").command(), TypedCommand.parse("snooze", List.of(
                TypedOption.of("duration", "1h"))).command());
    }

    @Test
    void peopleAreMentionsWithTheirServerName() {
        assertEquals(new Command.AssignRole(Role.COMMANDER, new UserRef("42", "Ana Lima", false)),
                TypedCommand.parse("role", List.of(TypedOption.of("role", "commander"),
                        TypedOption.of("user", "<@42|Ana Lima>"))).command());
        assertEquals(new Command.AddAction("Alert on lag", new UserRef("7", "Bo", false), LocalDate.of(2030, 1, 31),
                null), TypedCommand.parse("action", List.of(TypedOption.of("text", "Alert on lag"),
                TypedOption.of("owner", "<@7|Bo>"), TypedOption.of("due", "2030-01-31"))).command());
    }

    @Test
    void keywordsFlagsAndTheIncidentOption() {
        assertEquals(new Command.CompleteAction(3), TypedCommand.parse("action", List.of(
                TypedOption.of("done", "3"))).command());
        assertEquals(new Command.ListIncidents(true), TypedCommand.parse("list", List.of(
                TypedOption.flag("all", true))).command());
        assertEquals(new Command.ListIncidents(false), TypedCommand.parse("list", List.of(
                TypedOption.flag("all", false))).command());
        ParsedCommand status = TypedCommand.parse("status", List.of(TypedOption.of("incident", "inc-7")));
        assertEquals(Optional.of(7L), status.incidentNumber());
        assertEquals(new Command.SetSeverity(Severity.SEV1), TypedCommand.parse("sev", List.of(
                TypedOption.of("severity", "1"))).command());
    }

    @Test
    void badValuesGetTheSubcommandsUsage() {
        UsageException notAnIncident = assertThrows(UsageException.class, () -> TypedCommand.parse("status",
                List.of(TypedOption.of("incident", "yesterday's"))));
        assertEquals("status", notAnIncident.verb().id());
        UsageException badDate = assertThrows(UsageException.class, () -> TypedCommand.parse("action", List.of(
                TypedOption.of("text", "x"), TypedOption.of("due", "soon"))));
        assertEquals("`due:soon` is not a date; use YYYY-MM-DD, e.g. due:2030-01-31.", badDate.getMessage());
        assertThrows(UsageException.class, () -> TypedCommand.parse("frobnicate", List.of()));
    }
}
