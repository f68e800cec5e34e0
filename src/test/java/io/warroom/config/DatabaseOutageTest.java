package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures mean "the database cannot be reached" (answered 503, logged once) and which are ordinary errors. */
class DatabaseOutageTest {

    @ParameterizedTest(name = "{0} / SQLSTATE {1}: unavailable = {2}")
    @CsvSource(delimiter = '|', value = {
        "Connection to 127.0.0.1:5432 refused.                  | 08001 | true",
        "An I/O error occurred while sending to the backend.    | 08006 | true",
        "FATAL: terminating connection due to administrator command | 57P01 | true",
        "FATAL: the database system is starting up              | 57P03 | true",
        "Acquisition timeout while waiting for new connection   |       | true",
        "Sorry, acquisition timeout!                            |       | true",
        "Database is already closed                             | 90098 | true",
        "duplicate key value violates unique constraint         | 23505 | false",
        "canceling statement due to lock timeout                | 55P03 | false",
        "relation \"incident\" does not exist                   | 42P01 | false"})
    void tellsAnUnreachableDatabaseFromOtherFailuresEvenWhenWrapped(String message, String state, boolean unavailable) {
        SQLException cause = new SQLException(message.strip(), state == null ? null : state.strip());
        assertEquals(unavailable, DatabaseOutage.explains(cause));
        assertEquals(unavailable, DatabaseOutage.explains(new PersistenceException("could not execute statement",
                new RuntimeException(cause))), "wrapped by Hibernate and the transaction manager");
        // A commit the server cut: the transaction manager's RollbackException keeps the driver's error as suppressed.
        IllegalStateException rolledBack = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(cause);
        assertEquals(unavailable, DatabaseOutage.explains(new RuntimeException(rolledBack)), "suppressed at commit");
    }

    @Test
    void aCommitTheServerCutIsAnOutage() {
        assertEquals(true, DatabaseOutage.explains(new RuntimeException(new RollbackException(
                "ARJUNA016053: Could not commit transaction."))));
        assertEquals(false, DatabaseOutage.explains(new RollbackException(
                "ARJUNA016102: The transaction is not active!")), "a transaction rolled back for another reason");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"an ordinary bug", "Acquisition timeout (not from the pool: a plain exception)"})
    void failuresWithoutASqlCauseAreNotOutages(String message) {
        assertEquals(false, DatabaseOutage.explains(new IllegalStateException(message)));
    }
}
