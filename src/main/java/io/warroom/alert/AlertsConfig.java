package io.warroom.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How alerts are taken in and routed; the tokens are {@link AlertTokenConfig}. */
@ConfigMapping(prefix = "warroom.alerts")
public interface AlertsConfig {

    /** Incident severity of a critical alert whose `severity` label the map below does not name. */
    @WithDefault("SEV2")
    String incidentSeverity();

    /** Incident severity by the value of an alert's `severity` label, as `value=SEVn` pairs. */
    @WithDefault("critical=SEV2,page=SEV1,disaster=SEV1")
    List<String> severityMap();

    /** Labels whose value is the incident severity itself (1-4 or sev1-sev4); the first one present wins. */
    @WithDefault("warroom_severity,sev")
    List<String> severityLabels();

    /** How an alert without a recognisable severity is treated: critical, warning or info. */
    @WithDefault("warning")
    String unlabelledSeverity();

    /** Move an incident to Recover by itself once every alert that fired into it has resolved. */
    @WithDefault("false")
    boolean autoRecover();

    /** Repeated firings of one alert within this window are counted and posted once, as "+N more". */
    @WithDefault("30s")
    Duration coalesceWindow();

    /** How often coalesced firings are written ("off" in tests, which call the flush themselves). */
    @WithDefault("5s")
    String flushEvery();

    /**
     * A delivery with the same body as one stored within this window is a redelivery (answered, routed no further);
     * later, the same body is the alert firing again. Senders' own delivery ids (SNS MessageId) count until pruned.
     */
    @WithDefault("5m")
    Duration redeliveryWindow();

    /** How long raw deliveries are kept before the deliveries job deletes them. */
    @WithDefault("30d")
    Duration keepDeliveries();

    /**
     * How often the deliveries job routes deliveries a crash left unrouted and prunes old ones ("off" in tests): a
     * dead instance's interrupted deliveries are routed by another within about 30 s plus this.
     */
    @WithDefault("15s")
    String deliveriesEvery();

    Sns sns();

    Grafana grafana();

    interface Sns {
        /**
         * Topic ARNs whose messages are taken: exact ARNs, or ARNs naming partition, region and account with `*` in
         * the topic name (arn:aws:sns:eu-west-1:123456789012:*). Without it the SNS source answers 503.
         */
        Optional<List<String>> topics();

        /** Regular expression the whole SigningCertURL must match before the certificate is fetched. */
        Optional<String> certUrlPattern();

        /** Regular expression the whole SubscribeURL must match before Warroom confirms a subscription. */
        Optional<String> subscribeUrlPattern();
    }

    interface Grafana {
        /** Shared secret of the contact point's HMAC signature; when set, unsigned requests are refused. */
        Optional<String> hmacSecret();

        /** The contact point's timestamp header, when it sends one; the signature then covers "timestamp:body". */
        Optional<String> timestampHeader();

        /** How far a signed timestamp may be from now. */
        @WithDefault("5m")
        Duration timestampTolerance();
    }
}
