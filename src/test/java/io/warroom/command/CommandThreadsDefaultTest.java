package io.warroom.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many commands run at once when WARROOM_COMMAND_THREADS is not set, by database kind and cores. */
class CommandThreadsDefaultTest {

    @ParameterizedTest(name = "{0} on {1} cores: {2} command threads")
    @CsvSource({
            // H2 commands only use the CPU: one per core, at least 2.
            "h2, 1, 2",
            "h2, 2, 2",
            "h2, 8, 8",
            // PostgreSQL commands mostly wait for the server: 8 per core, at most 16 (the pool has 20 connections).
            "postgresql, 1, 8",
            "postgresql, 2, 16",
            "postgresql, 4, 16",
            "postgresql, 16, 16",
    })
    void commandThreadsFollowTheDatabaseAndTheCores(String dbKind, int cores, int threads) {
        assertEquals(threads, CommandQueue.defaultThreads(dbKind, cores));
    }
}
