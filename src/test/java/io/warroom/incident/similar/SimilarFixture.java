package io.warroom.incident.similar;

import io.warroom.incident.IncidentStatus;
import java.util.List;

/**
 * Earlier incidents as a team would have recorded them, and new ones to match against them. Root cause is the last
 * why; resolution what {@code resolve} was given.
 */
public final class SimilarFixture {

    public record Past(String name, String title, String service, String trigger, List<String> whys,
            String resolution, IncidentStatus status) {

        public String rootCause() {
            return whys.isEmpty() ? null : whys.get(whys.size() - 1);
        }
    }

    public record Probe(String title, String service, List<String> expected) {
    }

    /** In the order they happened. */
    public static final List<Past> PAST = List.of(
            new Past("pool", "Database connection pool exhausted", "checkout", "Black Friday traffic peak",
                    List.of("Checkout threads waited for a connection", "Pool size fixed at 10 per pod"),
                    "Raised the pool to 40 and added a saturation alert", IncidentStatus.RESOLVED),
            new Past("gateway", "5xx on api-gateway after deploy", "api-gateway",
                    "Deploy 2026.11.3 shortened upstream timeouts", List.of("Upstream timeout below p99 latency"),
                    "Rolled back the deploy", IncidentStatus.RESOLVED),
            new Past("cert", "Certificate expired on cdn", "cdn", null,
                    List.of("The renewal job failed silently"), "Renewed by hand; the renewal job now pages",
                    IncidentStatus.RESOLVED),
            new Past("payments", "결제 서비스 응답 지연", "payments", null, List.of("결제 게이트웨이 연결이 고갈됨"),
                    "게이트웨이 연결 수를 늘림", IncidentStatus.RESOLVED),
            new Past("poolAgain", "Checkout connection pool exhausted again", "checkout",
                    "Retry storm after a payment provider hiccup", List.of("Retries held connections for 30 s"),
                    "Capped retries at two", IncidentStatus.RESOLVED),
            new Past("search", "Search latency above 2 s", "search", null, List.of(), null, IncidentStatus.OPEN),
            new Past("sso", "Login failures for SSO users", "auth", null,
                    List.of("The IdP rotated its signing key without notice"), "Imported the new key",
                    IncidentStatus.RESOLVED),
            new Past("crash", "Checkout pods crash looping", "checkout", null, List.of(), "Restarted the pods",
                    IncidentStatus.RESOLVED));

    public static final List<Probe> PROBES = List.of(
            // Same service and four shared words, then three, then one word on the same service.
            new Probe("Connection pool exhausted on checkout", "checkout", List.of("poolAgain", "pool", "crash")),
            // A tie at 40 points (same service, one word: pod): the one with a root cause beats the more recent one.
            new Probe("Pod evictions under memory pressure", "checkout", List.of("pool", "crash")),
            new Probe("API gateway 5xx after deploy", "api-gateway", List.of("gateway")),
            // 결제가 is 결제 with its particle.
            new Probe("결제가 다시 지연", "payments", List.of("payments")),
            // Two shared words are enough without a shared service.
            new Probe("Certificate expired for the status page", "status-page", List.of("cert")),
            // The same service alone is not.
            new Probe("Nightly export slow", "search", List.of()),
            new Probe("Office printer out of paper", null, List.of()));

    private SimilarFixture() {
    }
}
