package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "ignores {0}")
    @NullSource
    @ValueSource(strings = {"other-app:ack", "wr:42:ack", "wr:INC-42:"})
    void ignoresForeignOrMalformedIds(String id) {
        assertEquals(Optional.empty(), InteractionId.decode(id));
    }
}
