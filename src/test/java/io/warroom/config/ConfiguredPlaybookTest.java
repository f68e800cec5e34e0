package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.i18n.Language;
import io.warroom.incident.Phase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredPlaybookTest {

    private static WarroomConfig.Step step(String key, String text) {
        return new WarroomConfig.Step() {
            @Override
            public Optional<String> key() {
                return Optional.ofNullable(key);
            }

            @Override
            public Optional<String> text() {
                return Optional.ofNullable(text);
            }
        };
    }

    @Test
    void aStepNeedsItsOwnTextOrADefaultStepsKey() {
        assertEquals(List.of(), ConfiguredPlaybook.unspoken(Phase.TRIAGE,
                List.of(step("scope-impact", null), step(null, "Open a status page incident"),
                        step("our-key", "Call the bank"))));
        assertEquals(List.of("warroom.checklist.rca[1] needs a text: `recent-changes` is not a default step's key",
                "warroom.checklist.rca[2] needs a text: it has no key"), ConfiguredPlaybook.unspoken(Phase.RCA,
                List.of(step("recent-change", null), step("recent-changes", null), step(null, null))));
    }

    @Test
    void everyDefaultStepReadsInBothLanguages() {
        for (String key : ConfiguredPlaybook.defaultTexts(Language.EN).keySet()) {
            String english = ConfiguredPlaybook.defaultTexts(Language.EN).getString(key);
            String korean = ConfiguredPlaybook.defaultTexts(Language.KO).getString(key);
            assertTrue(!english.isBlank() && !korean.isBlank() && !english.equals(korean), key);
        }
        assertEquals("영향 범위 파악 (서비스, 사용자, 매출)", ConfiguredPlaybook.defaultTexts(Language.KO)
                .getString("scope-impact"));
    }
}
