package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The syntax of oncall, run, run confirm and snooze. */
class OnCallRunbookSyntaxTest {

    private static Command parse(String text) {
        return CommandParser.parse(text).command();
    }

    private static String refused(String text) {
        return assertThrows(UsageException.class, () -> CommandParser.parse(text)).getMessage();
    }

    @Test
    void oncallTakesAnOptionalService() {
        assertEquals(new Command.OnCall(null), parse("oncall"));
        assertEquals(new Command.OnCall("checkout"), parse("oncall checkout"));
        assertEquals(new Command.OnCall("INC-42"), parse("oncall INC-42"));
        assertEquals("`oncall` takes one service at most, not `checkout billing`.", refused("oncall checkout billing"));
        assertEquals("`$(id)` is not a service name (letters, digits, `.`, `-`, `_`).", refused("oncall $(id)"));
        assertEquals(Verb.ONCALL, CommandParser.parse("oncall").verb());
    }

    @Test
    void runAloneListsAndRunNamesActionServiceAndParameters() {
        assertEquals(new Command.Run(null, null, Map.of()), parse("run"));
        assertEquals(new Command.Run("rollback", null, Map.of()), parse("run rollback"));
        assertEquals(new Command.Run("rollback", "checkout", Map.of()), parse("run Rollback checkout"));
        assertEquals(new Command.Run("scale-out", "checkout", Map.of("replicas", "6", "zone", "eu-1")),
                parse("run scale-out checkout replicas=6 zone=eu-1"));
        assertEquals(new Command.Run("scale-out", null, Map.of("replicas", "6")), parse("run scale-out replicas=6"));
        ParsedCommand named = CommandParser.parse("run INC-7 rollback checkout");
        assertEquals(Optional.of(7L), named.incidentNumber());
        assertEquals(new Command.Run("rollback", "checkout", Map.of()), named.command());
    }

    @Test
    void runKeepsAParameterValueAsOneLiteralWord() {
        assertEquals(new Command.Run("say", null, Map.of("message", "$(touch${IFS}/tmp/x)")),
                parse("run say message=$(touch${IFS}/tmp/x)"));
        assertEquals(new Command.Run("say", null, Map.of("message", "`id`;rm")), parse("run say message=`id`;rm"));
        assertEquals(new Command.Run("say", null, Map.of("message", "a=b")), parse("run say message=a=b"));
    }

    @Test
    void runRefusesWhatCannotBeAParameter() {
        assertEquals("`rm` is not a parameter: write parameters as name=value, without spaces.",
                refused("run say checkout message=x; rm -rf /"));
        assertEquals("`rm` is not a parameter: write parameters as name=value, without spaces.",
                refused("run say checkout message=1\nrm -rf /"));
        assertEquals("`/tmp/x)` is not a parameter: write parameters as name=value, without spaces.",
                refused("run say checkout message=$(touch /tmp/x)"));
        assertEquals("`$(id)` is not a parameter name (a-z, 0-9 and _).", refused("run say $(id)=1"));
        assertEquals("`replicas=` needs a value.", refused("run scale-out replicas="));
        assertEquals("`replicas` is given twice.", refused("run scale-out replicas=2 replicas=3"));
        assertEquals("`;rm` is not an action name (letters, digits, `.`, `-`, `_`).", refused("run ;rm"));
        assertEquals("`check;out` is not a service name (letters, digits, `.`, `-`, `_`).",
                refused("run rollback check;out"));
    }

    @Test
    void runConfirmCarriesTheRunAndItsCode() {
        assertEquals(new Command.ConfirmRun(17, "3fa9c2e1b0d4a5c6"), parse("run confirm 17 3FA9C2E1B0D4A5C6"));
        String usage = "`run confirm` needs the run number and code its confirmation shows, e.g. "
                + "`run confirm 17 3fa9c2e1b0d4`.";
        assertEquals(usage, refused("run confirm 17"));
        assertEquals(usage, refused("run confirm 17 not-hex!"));
        assertEquals(usage, refused("run confirm 17 3fa9c2e1b0d4 extra"));
        assertEquals("`x` is not a valid run number (1, 2, 3, ...).", refused("run confirm x 3fa9c2e1b0d4"));
    }

    @Test
    void snoozeTakesADurationOrOff() {
        assertEquals(new Command.Snooze(Duration.ofMinutes(15)), parse("snooze 15m"));
        assertEquals(new Command.Snooze(Duration.ofMinutes(90)), parse("snooze 1h30m"));
        assertEquals(new Command.Snooze(Duration.ofMinutes(45)), parse("snooze 45"));
        assertEquals(new Command.Snooze(Duration.ZERO), parse("snooze off"));
        assertEquals("`soon` is not a duration; use e.g. 15m, 1h or 1h30m.", refused("snooze soon"));
        assertEquals("Snooze for 1m to 24h, not 2d.", refused("snooze 2d"));
        assertEquals("Snooze for 1m to 24h, not 30s.", refused("snooze 30s"));
        assertEquals("`snooze` needs a duration such as 15m or 1h, or `off`.", refused("snooze"));
    }

    @Test
    void rollbackKeepsItsTwoForms() {
        assertEquals(new Command.Rollback(false), parse("rollback"));
        assertEquals(new Command.Rollback(true), parse("rollback confirm"));
    }
}
