package io.warroom.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.i18n.Language;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.similar.SimilarView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why an earlier incident was picked is stored once and read in the language of the incident that shows it. */
@QuarkusTest
class SimilarTextTest {

    private static final SimilarView EARLIER = new SimilarView("INC-3", 3, "결제 승인 실패", "payments",
            IncidentStatus.CLOSED, Instant.parse("2026-11-02T03:00:00Z"), 140, List.of("same alert", "same service",
                    "shared words: 결제, timeout"), "커넥션 풀 고갈", "롤백");

    @Test
    void theReasonsReadInKorean() {
        assertEquals("""
                INC-9와(과) 비슷한 과거 장애입니다(비슷한 순):
                1. INC-3 · 결제 승인 실패 · 종료됨 · 2026-11-02 · 140점 (같은 알림; 같은 서비스; 겹치는 단어: 결제, timeout)
                   근본 원인: 커넥션 풀 고갈
                   해결 방법: 롤백""", SimilarText.reply("INC-9", List.of(EARLIER), ZoneOffset.UTC, Optional.empty(),
                Language.KO));
    }

    @Test
    void theReasonsReadInEnglishAsStored() {
        assertEquals("same alert; same service; shared words: 결제, timeout", SimilarText.reasons(EARLIER, Language.EN));
        assertEquals("same alert group; same thing", SimilarText.reasons(new SimilarView("INC-3", 3, "t", null,
                IncidentStatus.OPEN, Instant.EPOCH, 60, List.of("same alert group", "same thing"), null, null),
                Language.EN));
    }
}
