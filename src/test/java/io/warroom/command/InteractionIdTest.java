package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionIdTest {

    @Test
    void roundTripsACommandOnAnIncident() {
        String id = InteractionId.encode("INC-42", "rollback confirm");
        assertEquals("wr:INC-42:rollback confirm", id);
        InteractionId decoded = InteractionId.decode(id).orElseThrow();
        assertEquals(42, decoded.incidentNumber());
        assertEquals("INC-42 rollback confirm", decoded.commandLine());
    }

    @Test
    void refusesIdsOverDiscordsLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InteractionId.encode("INC-1", "note " + "x".repeat(100)));
        assertTrue(e.getMessage().contains("over 100"), e.getMessage());
    }

    @Test
    void ignoresForeignOrMalformedIds() {
        assertEquals(Optional.empty(), InteractionId.decode("other-app:ack"));
        assertEquals(Optional.empty(), InteractionId.decode("wr:42:ack"));
        assertEquals(Optional.empty(), InteractionId.decode("wr:INC-42:"));
        assertEquals(Optional.empty(), InteractionId.decode(null));
    }
}
