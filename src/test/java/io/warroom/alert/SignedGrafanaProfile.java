package io.warroom.alert;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Grafana deliveries must carry an HMAC signature over "timestamp:body"; all-resolved incidents move to Recover. */
public class SignedGrafanaProfile implements QuarkusTestProfile {

    static final String SECRET = "grafana-hmac-test-secret";
    static final String TIMESTAMP_HEADER = "X-Grafana-Alerting-Signature-Timestamp";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warroom.alerts.grafana.hmac-secret", SECRET,
                "warroom.alerts.grafana.timestamp-header", TIMESTAMP_HEADER,
                "warroom.alerts.auto-recover", "true");
    }
}
