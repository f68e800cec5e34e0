package io.warroom.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LabelsTest {

    @Test
    void phasesReadAsKoreanTeamsCallThem() {
        assertEquals("탐지, 분류, 완화, 원인 분석, 복구, 포스트모템", String.join(", ",
                Arrays.stream(Phase.values()).map(p -> p.label(Language.KO)).toList()));
        assertEquals("Detect, Triage, Mitigate, RCA, Recover, Postmortem", String.join(", ",
                Arrays.stream(Phase.values()).map(p -> p.label(Language.EN)).toList()));
    }

    @Test
    void englishNamesAreTheSameAsBefore() {
        for (Phase p : Phase.values()) {
            assertEquals(p.label(), p.label(Language.EN));
        }
        for (Role r : Role.values()) {
            assertEquals(r.label(), r.label(Language.EN));
        }
        for (IncidentStatus s : IncidentStatus.values()) {
            assertEquals(s.label(), s.label(Language.EN));
        }
        for (Severity s : Severity.values()) {
            assertEquals(s.meaning(), s.meaning(Language.EN));
        }
        assertEquals("장애 지휘자", Role.COMMANDER.label(Language.KO));
        assertEquals("해결됨", IncidentStatus.RESOLVED.label(Language.KO));
    }
}
