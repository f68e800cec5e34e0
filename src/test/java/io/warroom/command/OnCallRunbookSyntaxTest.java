package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The syntax of oncall, run, run confirm and snooze. */
class OnCallRunbookSyntaxTest {

    private static final String CONFIRM_USAGE = "`run confirm` needs the run number and code its confirmation shows, "
            + "e.g. `run confirm 17 3fa9c2e1b0d4`.";

    static Stream<Arguments> accepted() {
        return Stream.of(
                // oncall takes an optional service
                arguments("oncall", new Command.OnCall(null)),
                arguments("oncall checkout", new Command.OnCall("checkout")),
                arguments("oncall INC-42", new Command.OnCall("INC-42")),
                // run alone lists; run names an action, a service and parameters
                arguments("run", new Command.Run(null, null, Map.of())),
                arguments("run rollback", new Command.Run("rollback", null, Map.of())),
                arguments("run Rollback checkout", new Command.Run("rollback", "checkout", Map.of())),
                arguments("run scale-out checkout replicas=6 zone=eu-1",
                        new Command.Run("scale-out", "checkout", Map.of("replicas", "6", "zone", "eu-1"))),
                arguments("run scale-out replicas=6", new Command.Run("scale-out", null, Map.of("replicas", "6"))),
                // a parameter value stays one literal word
                arguments("run say message=$(touch${IFS}/tmp/x)",
                        new Command.Run("say", null, Map.of("message", "$(touch${IFS}/tmp/x)"))),
                arguments("run say message=`id`;rm", new Command.Run("say", null, Map.of("message", "`id`;rm"))),
                arguments("run say message=a=b", new Command.Run("say", null, Map.of("message", "a=b"))),
                arguments("run confirm 17 3FA9C2E1B0D4A5C6", new Command.ConfirmRun(17, "3fa9c2e1b0d4a5c6")),
                // snooze takes a duration or off
                arguments("snooze 15m", new Command.Snooze(Duration.ofMinutes(15))),
                arguments("snooze 1h30m", new Command.Snooze(Duration.ofMinutes(90))),
                arguments("snooze 45", new Command.Snooze(Duration.ofMinutes(45))),
                arguments("snooze off", new Command.Snooze(Duration.ZERO)),
                // rollback keeps its two forms
                arguments("rollback", new Command.Rollback(false)),
                arguments("rollback confirm", new Command.Rollback(true)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("accepted")
    void eachFormParsesToItsCommand(String text, Command expected) {
        assertEquals(expected, CommandParser.parse(text).command());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("oncall checkout billing", "`oncall` takes one service at most, not `checkout billing`."),
                arguments("oncall $(id)", "`$(id)` is not a service name (letters, digits, `.`, `-`, `_`)."),
                // what cannot be a run parameter
                arguments("run say checkout message=x; rm -rf /",
                        "`rm` is not a parameter: write parameters as name=value, without spaces."),
                arguments("run say checkout message=1\nrm -rf /",
                        "`rm` is not a parameter: write parameters as name=value, without spaces."),
                arguments("run say checkout message=$(touch /tmp/x)",
                        "`/tmp/x)` is not a parameter: write parameters as name=value, without spaces."),
                arguments("run say $(id)=1", "`$(id)` is not a parameter name (a-z, 0-9 and _)."),
                arguments("run scale-out replicas=", "`replicas=` needs a value."),
                arguments("run scale-out replicas=2 replicas=3", "`replicas` is given twice."),
                arguments("run ;rm", "`;rm` is not an action name (letters, digits, `.`, `-`, `_`)."),
                arguments("run rollback check;out",
                        "`check;out` is not a service name (letters, digits, `.`, `-`, `_`)."),
                // run confirm carries the run and its code
                arguments("run confirm 17", CONFIRM_USAGE),
                arguments("run confirm 17 not-hex!", CONFIRM_USAGE),
                arguments("run confirm 17 3fa9c2e1b0d4 extra", CONFIRM_USAGE),
                arguments("run confirm x 3fa9c2e1b0d4", "`x` is not a valid run number (1, 2, 3, ...)."),
                arguments("snooze soon", "`soon` is not a duration; use e.g. 15m, 1h or 1h30m."),
                arguments("snooze 2d", "Snooze for 1m to 24h, not 2d."),
                arguments("snooze 30s", "Snooze for 1m to 24h, not 30s."),
                arguments("snooze", "`snooze` needs a duration such as 15m or 1h, or `off`."));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @MethodSource("refusals")
    void eachMistakeIsRefusedSayingWhatWasWrong(String text, String message) {
        assertEquals(message, assertThrows(UsageException.class, () -> CommandParser.parse(text)).getMessage());
    }

    @Test
    void oncallIsItsOwnSubcommand() {
        assertEquals(Verb.ONCALL, CommandParser.parse("oncall").verb());
    }

    @Test
    void runCanNameTheIncidentFirst() {
        ParsedCommand named = CommandParser.parse("run INC-7 rollback checkout");
        assertEquals(Optional.of(7L), named.incidentNumber());
        assertEquals(new Command.Run("rollback", "checkout", Map.of()), named.command());
    }
}
