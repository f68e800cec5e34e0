package io.warroom.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoverEnglishTest {

    @Test
    void koreanWithNamesKeysAndCommandsHasNoLeftovers() {
        String card = "🚨 INC-12 · SEV1 · 결제 API 오류 급증\n▶️ 탐지 → 분류\n지휘자: <@U01ANA>\n"
                + "사용법: `/incident severity <1-4>` · Grafana 대시보드: https://grafana.example.com/d/abc";
        assertEquals(List.of(), LeftoverEnglish.in(card));
    }

    @Test
    void englishSentencesAreFoundOnceEach() {
        String reply = "✅ Acknowledged by Ana. 상태를 업데이트하세요. Acknowledged by Ana.";
        assertEquals(List.of("Acknowledged by Ana"), LeftoverEnglish.in(reply));
    }

    @Test
    void userTextIsAllowedAsWritten() {
        String card = "INC-3 · SEV2 · Checkout latency spike\n담당 서비스: checkout";
        assertEquals(List.of(), LeftoverEnglish.in(card, "Checkout latency spike"));
        assertEquals(List.of("Checkout latency spike"), LeftoverEnglish.in(card));
    }
}
