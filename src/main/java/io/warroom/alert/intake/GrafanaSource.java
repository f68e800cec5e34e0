package io.warroom.alert.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.warroom.alert.AlertsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Grafana unified alerting's webhook contact point: Alertmanager's shape plus per-alert values, dashboardURL,
 * panelURL and silenceURL, and orgId and state. With an HMAC secret configured, X-Grafana-Alerting-Signature must be
 * the hex HMAC-SHA256 of the body, or of "timestamp:body" when the contact point sends a timestamp header.
 */
@ApplicationScoped
public class GrafanaSource implements AlertSource {

    static final String SIGNATURE_HEADER = "X-Grafana-Alerting-Signature";

    @Inject
    AlertmanagerSource alertmanager;

    @Inject
    AlertsConfig config;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "grafana";
    }

    @Override
    public Intake read(IntakeRequest request) {
        config.grafana().hmacSecret().filter(s -> !s.isBlank()).ifPresent(secret -> verify(request, secret));
        JsonNode root = request.json();
        java.util.List<String> rootNotes = new java.util.ArrayList<>();
        String orgId = Fields.optionalText(root, "orgId", "", rootNotes);
        var alerts = alertmanager.alerts(root, name(), (alert, path, links, description, notes) -> {
            notes.addAll(rootNotes);
            AlertmanagerSource.putLink(links, "dashboard", Fields.optionalText(alert, "dashboardURL", path, notes));
            AlertmanagerSource.putLink(links, "panel", Fields.optionalText(alert, "panelURL", path, notes));
            AlertmanagerSource.putLink(links, "silence", Fields.optionalText(alert, "silenceURL", path, notes));
            Map<String, String> values = Fields.optionalStrings(alert, "values", path, notes);
            if (!values.isEmpty()) {
                description.append(description.isEmpty() ? "" : "\n").append("Values: ").append(values.entrySet()
                        .stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            }
            if (orgId != null) {
                description.append(description.isEmpty() ? "" : "\n").append("Grafana org ").append(orgId);
            }
        });
        return new Intake(request.digest(), alerts, java.util.List.of(), null, Fields.integer(root,
                "truncatedAlerts"));
    }

    private void verify(IntakeRequest request, String secret) {
        String signature = request.header(SIGNATURE_HEADER);
        if (signature == null || signature.isBlank()) {
            throw IntakeException.unauthorized("Missing " + SIGNATURE_HEADER + ": this Warroom checks Grafana's HMAC "
                    + "signature; set the contact point's HMAC secret to WARROOM_ALERTS_GRAFANA_HMAC_SECRET.");
        }
        Optional<String> timestampHeader = config.grafana().timestampHeader().filter(h -> !h.isBlank());
        byte[] signed = request.body();
        if (timestampHeader.isPresent()) {
            String timestamp = request.header(timestampHeader.get());
            if (timestamp == null || !timestamp.strip().matches("\\d{1,12}")) {
                throw IntakeException.unauthorized("Missing or unreadable " + timestampHeader.get()
                        + " header (Unix seconds), which the signature must cover.");
            }
            Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp.strip())),
                    clock.instant()).abs();
            if (skew.compareTo(config.grafana().timestampTolerance()) > 0) {
                throw IntakeException.unauthorized("Signed timestamp is " + skew.toSeconds()
                        + " s away from now; refusing a stale or replayed delivery.");
            }
            byte[] prefix = (timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8);
            signed = new byte[prefix.length + request.body().length];
            System.arraycopy(prefix, 0, signed, 0, prefix.length);
            System.arraycopy(request.body(), 0, signed, prefix.length, request.body().length);
        }
        byte[] expected = HexFormat.of().formatHex(hmac(secret, signed)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw IntakeException.unauthorized("Wrong " + SIGNATURE_HEADER + ": the body does not match the HMAC "
                    + "signature for the configured secret.");
        }
    }

    static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
