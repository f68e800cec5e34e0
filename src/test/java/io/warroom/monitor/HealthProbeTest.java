package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.alert.Alert;
import io.warroom.i18n.Language;
import io.warroom.support.LeftoverEnglish;
import io.warroom.support.FakeHttp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One health-check request against a loopback server, and what the on-call is told about the answer. */
@QuarkusTest
class HealthProbeTest {

    private final FakeHttp service = FakeHttp.start(r -> FakeHttp.Response.of(200, "{\"status\":\"UP\"}"));
    private final HealthProbe probe = new HealthProbe();

    @AfterEach
    void stop() {
        service.close();
    }

    private static Monitor monitor(String url, StatusCodes accept, Duration timeout, Map<String, String> headers) {
        return new Monitor("www", URI.create(url), "GET", headers, Duration.ofMinutes(1), timeout, 1, accept, "www");
    }

    private HealthProbe.Result check(Monitor monitor) {
        return probe.check(monitor).join();
    }

    @Test
    void aTwoHundredIsHealthyAndTheHeadersAreSent() {
        HealthProbe.Result result = check(monitor(service.url("/healthz?token=abc"), StatusCodes.SUCCESS,
                Duration.ofSeconds(5), Map.of("X-Probe", "warroom")));
        assertTrue(result.healthy(), result.summary());
        assertTrue(result.summary().matches("answered HTTP 200 in \\d+ ms"), result.summary());
        FakeHttp.Request request = service.requests().get(0);
        assertEquals("GET", request.method());
        assertEquals("/healthz", request.path());
        assertEquals("warroom", request.header("X-Probe"));
        assertEquals("Warroom-HealthCheck/1 (www)", request.header("User-Agent"));
    }

    @Test
    void aKoreanTeamReadsTheProbeResultAndTheAlertInKorean() {
        service.respondNext(FakeHttp.Response.of(503, "{\"status\":\"DOWN\"}"));
        Monitor monitor = monitor(service.url("/healthz"), StatusCodes.SUCCESS, Duration.ofSeconds(5), Map.of());
        HealthProbe.Result result = probe.check(monitor, Language.KO).join();
        assertTrue(result.summary().matches("HTTP 503 응답 \\(\\d+ ms, 허용: 2xx\\)"), result.summary());

        HealthProbe.Result last = new HealthProbe.Result(false, "HTTP 503 응답 (12 ms, 허용: 2xx)");
        Alert failing = HealthAlerts.failing(monitor, 3, last, Instant.EPOCH, Language.KO);
        assertEquals("www: 헬스 체크 www 실패: HTTP 503 응답 (12 ms, 허용: 2xx)", failing.title());
        assertEquals("GET " + HealthProbe.shown(monitor.url()) + ": 3회 연속 실패했습니다 (1분마다 검사). 마지막 결과: "
                + "HTTP 503 응답 (12 ms, 허용: 2xx).", failing.description());
        Alert recovered = HealthAlerts.recovered(monitor, new HealthProbe.Result(true, "HTTP 200 응답 (8 ms)"),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Language.KO);
        assertEquals("www: 헬스 체크 www 복구", recovered.title());
        assertEquals(List.of(), LeftoverEnglish.in(failing.title() + "\n" + failing.description() + "\n"
                + recovered.title() + "\n" + recovered.description(), "www", "GET", monitor.url().toString()));
    }

    @Test
    void englishHealthAlertsAreAsBefore() {
        Monitor monitor = monitor(service.url("/healthz"), StatusCodes.SUCCESS, Duration.ofSeconds(5), Map.of());
        HealthProbe.Result last = new HealthProbe.Result(false, "answered HTTP 503 after 12 ms (accepted: 2xx)");
        Alert failing = HealthAlerts.failing(monitor, 3, last, Instant.EPOCH, Language.EN);
        assertEquals("www: health check www is failing: answered HTTP 503 after 12 ms (accepted: 2xx)",
                failing.title());
        assertEquals("GET " + HealthProbe.shown(monitor.url()) + " failed 3 checks in a row (every 1m); last: answered "
                + "HTTP 503 after 12 ms (accepted: 2xx).", failing.description());
    }

    @Test
    void aStatusOutsideTheAcceptedOnesFailsAndSaysWhichWereAccepted() {
        service.respondNext(FakeHttp.Response.of(503, "{\"status\":\"DOWN\"}"));
        HealthProbe.Result result = check(monitor(service.url("/healthz"), StatusCodes.SUCCESS, Duration.ofSeconds(5),
                Map.of()));
        assertFalse(result.healthy());
        assertTrue(result.summary().matches("answered HTTP 503 after \\d+ ms \\(accepted: 2xx\\)"), result.summary());
    }

    @Test
    void redirectsAreNotFollowedAndCountOnlyWhenAccepted() {
        service.respondNext(new FakeHttp.Response(301, "", Map.of("Location", "/elsewhere")));
        assertFalse(check(monitor(service.url("/"), StatusCodes.SUCCESS, Duration.ofSeconds(5), Map.of())).healthy());
        service.respondNext(new FakeHttp.Response(301, "", Map.of("Location", "/elsewhere")));
        StatusCodes accept = StatusCodes.of(List.of(StatusCodes.entry("2xx").orElseThrow(),
                StatusCodes.entry("301").orElseThrow()));
        assertTrue(check(monitor(service.url("/"), accept, Duration.ofSeconds(5), Map.of())).healthy());
        assertEquals(2, service.requests().size());
    }

    @Test
    void noAnswerWithinTheTimeoutFails() {
        try (FakeHttp slow = FakeHttp.start(r -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeHttp.Response.of(200, "{}");
        })) {
            long started = System.nanoTime();
            HealthProbe.Result result = check(monitor(slow.url("/healthz"), StatusCodes.SUCCESS,
                    Duration.ofMillis(300), Map.of()));
            assertFalse(result.healthy());
            assertEquals("no answer within 300 ms", result.summary());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0);
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HealthProbe.Result result = check(monitor("http://127.0.0.1:" + port + "/healthz", StatusCodes.SUCCESS,
                Duration.ofSeconds(5), Map.of()));
        assertFalse(result.healthy());
        assertEquals("connection refused", result.summary());
    }

    @Test
    void alertsShowTheUrlWithoutQueryOrCredentials() {
        assertEquals("https://checkout.example:8443/healthz",
                HealthProbe.shown(URI.create("https://user:pw@checkout.example:8443/healthz?token=abc")));
    }
}
