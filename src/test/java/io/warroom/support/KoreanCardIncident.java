package io.warroom.support;

import io.warroom.i18n.Language;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.NewIncident;
import io.warroom.incident.Person;
import io.warroom.incident.PhaseMachine;
import io.warroom.incident.Platform;
import io.warroom.incident.Playbook;
import io.warroom.incident.Role;
import io.warroom.incident.Severity;
import java.time.Duration;
import java.time.Instant;

/**
 * An incident in Korean, in memory, for rendering tests: opened 07:00 UTC with impact from 05:55, acknowledged by
 * Ana at 07:02 (so in Triage), Bo as commander, one status update at 07:10.
 */
public final class KoreanCardIncident {

    public static final Instant DETECTED = Instant.parse("2026-12-06T07:00:00Z");
    public static final String TITLE = "결제 API 5xx 급증";
    public static final String UPDATE = "롤백 후 오류율이 떨어지는 중";

    private KoreanCardIncident() {
    }

    /** Numbered so that no stored incident looks like it. */
    public static IncidentSnapshot snapshot(Playbook playbook, Language language) {
        Person ana = new Person(Platform.SLACK, "U-ANA", "ana");
        Incident incident = Incident.open(new NewIncident(TITLE, Severity.SEV2, "checkout", null, ana,
                DETECTED.minus(Duration.ofMinutes(65))), playbook, language, DETECTED);
        incident.number = 987_654L;
        PhaseMachine.advance(incident, ana, DETECTED.plus(Duration.ofMinutes(2)));
        incident.roles.put(Role.COMMANDER, new Person(Platform.SLACK, "U-BO", "bo"));
        incident.lastUpdate = UPDATE;
        incident.lastUpdateAt = DETECTED.plus(Duration.ofMinutes(10));
        return IncidentSnapshot.of(incident);
    }
}
