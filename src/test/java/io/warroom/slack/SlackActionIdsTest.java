package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Button action_ids and the command lines clicks on them run. */
class SlackActionIdsTest {

    @Test
    void anIncidentButtonCarriesTheSharedInteractionIdAndRunsItsCommandOnThatIncident() {
        assertEquals(Optional.of("wr:INC-42:next"), SlackActionIds.of("INC-42", "next"));
        assertEquals(Optional.of("INC-42 next"), SlackActionIds.commandLine("wr:INC-42:next"));
    }

    @Test
    void aButtonAboutNoIncidentRunsItsCommandAsTyped() {
        assertEquals(Optional.of("wr:run:open Disk full sev:3"), SlackActionIds.of(null, "open Disk full sev:3"));
        assertEquals(Optional.of("open Disk full sev:3"), SlackActionIds.commandLine("wr:run:open Disk full sev:3"));
    }

    @Test
    void commandsThatDoNotFitOrAreNotOursGiveNothing() {
        assertTrue(SlackActionIds.of(null, "open " + "x".repeat(250)).isEmpty());
        assertTrue(SlackActionIds.of("INC-1", "note " + "x".repeat(100)).isEmpty());
        assertTrue(SlackActionIds.commandLine("someone_elses_action").isEmpty());
        assertTrue(SlackActionIds.commandLine("wr:run:").isEmpty());
    }
}
