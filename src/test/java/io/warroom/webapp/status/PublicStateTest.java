package io.warroom.webapp.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Phase;
import io.warroom.incident.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables of docs/status-page.md: phase and status to the public state, severity to the service state. */
class PublicStateTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "OPEN,     DETECT,     INVESTIGATING",
        "OPEN,     TRIAGE,     INVESTIGATING",
        "OPEN,     MITIGATE,   IDENTIFIED",
        "OPEN,     RCA,        MONITORING",
        "OPEN,     RECOVER,    MONITORING",
        "OPEN,     POSTMORTEM, RESOLVED",
        "RESOLVED, POSTMORTEM, RESOLVED",
        "RESOLVED, RECOVER,    RESOLVED",
        "CLOSED,   POSTMORTEM, RESOLVED",
    })
    void anIncidentsPublicStateComesFromItsStatusAndPhase(IncidentStatus status, Phase phase, PublicState expected) {
        assertEquals(expected, PublicState.of(status, phase));
    }

    @ParameterizedTest(name = "an update posted in {0} says {1}")
    @CsvSource({
        "DETECT,     investigating",
        "TRIAGE,     investigating",
        "MITIGATE,   identified",
        "RCA,        monitoring",
        "RECOVER,    monitoring",
        "POSTMORTEM, resolved",
    })
    void anUpdateSaysTheStateOfThePhaseItWasPostedIn(Phase phase, String id) {
        assertEquals(id, PublicState.of(phase).id());
    }

    @ParameterizedTest(name = "{0} makes its service {1}")
    @CsvSource({
        "SEV1, major_outage",
        "SEV2, partial_outage",
        "SEV3, degraded",
        "SEV4, degraded",
    })
    void severityMakesTheServiceState(Severity severity, String id) {
        assertEquals(id, ServiceState.of(severity).id());
    }
}
