package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.alert.Alert;
import io.warroom.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Error-rate and latency alerts read in the language of the service's team; English stays as it was. */
@QuarkusTest
class MonitorAlertTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:05:00Z");
    private static final ErrorRateRule ERRORS = new ErrorRateRule(5, 10, Duration.ofMinutes(5), 50);
    private static final ErrorRateWindow WINDOW = new ErrorRateWindow(1200, 150, NOW.minusSeconds(240), NOW);
    private static final LatencyRule SLOW = new LatencyRule(LatencyStatistic.parse("p95").orElseThrow(),
            Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(5), 100, true);

    @Test
    void aFiringErrorRateReadsInEnglishAsBefore() {
        Alert alert = errors(ErrorRateRule.Level.OK, ErrorRateRule.Level.CRITICAL, Language.EN);
        assertEquals("payments: 12.5% of requests failed with 5xx over 5m", alert.title());
        assertEquals("150 of 1200 requests (12.5%) answered 5xx between 07:01 and 07:06 UTC (warning at 5%, "
                + "critical at 10%, at least 50 requests).", alert.description());
    }

    @Test
    void aFiringErrorRateReadsInKorean() {
        Alert alert = errors(ErrorRateRule.Level.OK, ErrorRateRule.Level.CRITICAL, Language.KO);
        assertEquals("payments: 5분 동안 요청의 12.5%가 5xx로 실패", alert.title());
        assertEquals("07:01~07:06 UTC: 요청 1200건 중 150건(12.5%)이 5xx로 응답했습니다 (경고 5%, 위험 10%, 최소 요청 50건).",
                alert.description());
    }

    @Test
    void aResolvedErrorRateSaysWhyInKorean() {
        ErrorRateWindow quiet = new ErrorRateWindow(20, 0, NOW.minusSeconds(240), NOW);
        Alert alert = ErrorRateAlerts.alert("payments", ERRORS, quiet, ErrorRateRule.Level.CRITICAL,
                ErrorRateRule.Level.OK, NOW, NOW, Language.KO);
        assertEquals("payments: 요청이 50건 미만이라 5xx 오류율을 판단하지 않습니다", alert.title());
        assertEquals("payments: 5xx error rate traffic fell below 50 requests, too few to judge",
                ErrorRateAlerts.alert("payments", ERRORS, quiet, ErrorRateRule.Level.CRITICAL,
                        ErrorRateRule.Level.OK, NOW, NOW, Language.EN).title());
    }

    @Test
    void aSlowServiceReadsInEnglishAsBeforeAndInKorean() {
        LatencyAlerts.Window window = slowWindow();
        Alert english = LatencyAlerts.alert("payments", SLOW, window, ErrorRateRule.Level.OK,
                ErrorRateRule.Level.CRITICAL, NOW, NOW, Language.EN);
        assertEquals("payments: p95 response time 2.98 s over 5m (1,000 requests), incident threshold 2 s",
                english.title());
        assertEquals("Between 07:01 and 07:06 UTC: 1,000 requests with a response time, average 3 s, "
                + "p95 2.98 s, p99 3 s (p95: warning above 500 ms, incident above 2 s, at least 100 requests).",
                english.description());

        Alert korean = LatencyAlerts.alert("payments", SLOW, window, ErrorRateRule.Level.OK,
                ErrorRateRule.Level.CRITICAL, NOW, NOW, Language.KO);
        assertEquals("payments: 5분 동안 p95 응답 시간 2.98 s (요청 1,000건), 장애 기준 2 s", korean.title());
        assertEquals("07:01~07:06 UTC: 응답 시간이 있는 요청 1,000건, 평균 3 s, p95 2.98 s, p99 3 s (p95 기준: 500 ms 초과 시 경고, "
                + "2 s 초과 시 장애, 최소 요청 100건).", korean.description());
        assertEquals("payments: p95 응답 시간 판단을 멈췄습니다 (모니터 파일에서 꺼짐)", LatencyAlerts.alert("payments",
                new LatencyRule(SLOW.statistic(), SLOW.warning(), SLOW.critical(), SLOW.window(), 100, false), window,
                ErrorRateRule.Level.CRITICAL, ErrorRateRule.Level.OK, NOW, NOW, Language.KO).title());
    }

    private static Alert errors(ErrorRateRule.Level before, ErrorRateRule.Level level, Language language) {
        return ErrorRateAlerts.alert("payments", ERRORS, WINDOW, before, level, NOW, NOW, language);
    }

    private static LatencyAlerts.Window slowWindow() {
        LatencyHistogram requests = new LatencyHistogram();
        for (int i = 0; i < 1000; i++) {
            requests.add(3_000_000);
        }
        return new LatencyAlerts.Window(requests, NOW.minusSeconds(240), NOW);
    }
}
