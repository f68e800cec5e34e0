package io.warroom.alert.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.warroom.alert.Alert;
import io.warroom.alert.AlertLevels;
import io.warroom.alert.AlertSeverity;
import io.warroom.alert.AlertStatus;
import io.warroom.alert.AlertsConfig;
import io.warroom.incident.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Amazon SNS HTTP(S) subscriptions carrying CloudWatch alarms, from the topics WARROOM_ALERTS_SNS_TOPICS lists only.
 * Every message is verified against its signature
 * (SignatureVersion 1: SHA1withRSA, 2: SHA256withRSA) with the certificate at SigningCertURL; MessageId identifies
 * redeliveries. SubscriptionConfirmation is confirmed by fetching SubscribeURL.
 */
@ApplicationScoped
public class SnsSource implements AlertSource {

    private static final Logger LOG = Logger.getLogger(SnsSource.class);
    private static final List<String> NOTIFICATION_FIELDS = List.of("Message", "MessageId", "Subject", "Timestamp",
            "TopicArn", "Type");
    private static final List<String> CONFIRMATION_FIELDS = List.of("Message", "MessageId", "SubscribeURL",
            "Timestamp", "Token", "TopicArn", "Type");
    /** CloudWatch writes StateChangeTime as 2024-05-01T12:00:00.000+0000. */
    private static final DateTimeFormatter CLOUDWATCH_TIME = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Inject
    SnsCertificates certificates;

    @Inject
    ObjectMapper mapper;

    @Inject
    AlertsConfig config;

    @Override
    public String name() {
        return "sns";
    }

    @Override
    public boolean selfAuthenticating() {
        return true;
    }

    @Override
    public Intake read(IntakeRequest request) {
        SnsTopics topics = SnsTopics.of(config.sns().topics());
        JsonNode root = request.json();
        // Cheap checks first: nothing is fetched for a message that names an unknown topic or a foreign URL.
        String type = Fields.required(root, "Type", "");
        List<String> signed = switch (type) {
            case "Notification" -> NOTIFICATION_FIELDS;
            case "SubscriptionConfirmation", "UnsubscribeConfirmation" -> CONFIRMATION_FIELDS;
            default -> throw IntakeException.invalid("Type", "Field `Type` must be Notification, "
                    + "SubscriptionConfirmation or UnsubscribeConfirmation, not `" + Echo.of(type) + "`.");
        };
        for (String field : signed) {
            if (!field.equals("Subject")) {
                Fields.required(root, field, "");
            }
        }
        String topic = Fields.required(root, "TopicArn", "");
        if (!topics.allows(topic)) {
            LOG.warnf("SNS message from topic %s refused: not in %s", Echo.of(topic), SnsTopics.VARIABLE);
            throw new IntakeException(403, "TopicArn", "Topic `" + Echo.of(topic) + "` is not in "
                    + SnsTopics.VARIABLE + "; its messages are refused and its subscription is not confirmed.");
        }
        String algorithm = algorithm(Fields.required(root, "SignatureVersion", ""));
        byte[] signature = signature(Fields.required(root, "Signature", ""));
        String certUrl = Fields.required(root, "SigningCertURL", "");
        certificates.requireCertificateUrl(certUrl);
        if (type.equals("SubscriptionConfirmation")) {
            certificates.requireSubscribeUrl(Fields.required(root, "SubscribeURL", ""));
        }
        verify(root, signed, algorithm, signature, certUrl);
        String messageId = "message:" + Fields.required(root, "MessageId", "");
        return switch (type) {
            case "SubscriptionConfirmation" -> new Intake(messageId, List.of(), List.of(), Fields.required(root,
                    "SubscribeURL", ""), 0);
            case "UnsubscribeConfirmation" -> Intake.of(messageId, List.of());
            default -> Intake.of(messageId, List.of(alarm(root)));
        };
    }

    private static String algorithm(String version) {
        return switch (version) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw IntakeException.unauthorized("Unsupported SNS SignatureVersion " + Echo.of(version)
                    + " (1 and 2 are known).");
        };
    }

    private static byte[] signature(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw IntakeException.unauthorized("The SNS Signature is not base64.");
        }
    }

    private void verify(JsonNode root, List<String> fields, String algorithm, byte[] signature, String certUrl) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            String value = root.hasNonNull(field) ? root.get(field).asText() : null;
            if (value != null) {
                text.append(field).append('\n').append(value).append('\n');
            }
        }
        var certificate = certificates.certificate(certUrl);
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(text.toString().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signature)) {
                throw IntakeException.unauthorized("The SNS message signature does not match its content.");
            }
        } catch (GeneralSecurityException e) {
            throw IntakeException.unauthorized("The SNS message signature could not be checked: " + e.getMessage());
        }
    }

    private Alert alarm(JsonNode root) {
        JsonNode alarm;
        try {
            alarm = mapper.readTree(root.get("Message").asText());
        } catch (JsonProcessingException e) {
            alarm = null;
        }
        if (alarm == null || !alarm.isObject() || !alarm.hasNonNull("AlarmName")) {
            throw IntakeException.invalid("Message", "Field `Message` is not a CloudWatch alarm: expected a JSON "
                    + "string with AlarmName and NewStateValue.");
        }
        String name = Fields.required(alarm, "AlarmName", "Message");
        String state = Fields.required(alarm, "NewStateValue", "Message");
        String arn = Fields.text(alarm, "AlarmArn", "Message");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alarm_name", name);
        String region = arn != null && arn.split(":").length > 3 ? arn.split(":")[3] : null;
        if (region != null) {
            labels.put("region", region);
        }
        JsonNode trigger = alarm.get("Trigger");
        if (trigger != null && trigger.isObject()) {
            putIfPresent(labels, "namespace", Fields.text(trigger, "Namespace", "Message.Trigger"));
            putIfPresent(labels, "metric_name", Fields.text(trigger, "MetricName", "Message.Trigger"));
            JsonNode dimensions = trigger.get("Dimensions");
            if (dimensions != null && dimensions.isArray()) {
                dimensions.forEach(d -> putIfPresent(labels, d.path("name").asText(d.path("Name").asText("")),
                        d.path("value").asText(d.path("Value").asText(null))));
            }
        }
        AlertSeverity severity = AlertLevels.word(labels.get("severity")).orElse(AlertSeverity.CRITICAL);
        AlertStatus status = switch (state) {
            case "ALARM" -> AlertStatus.FIRING;
            case "OK" -> AlertStatus.RESOLVED;
            case "INSUFFICIENT_DATA" -> {
                severity = AlertSeverity.WARNING;
                yield AlertStatus.FIRING;
            }
            default -> throw IntakeException.invalid("Message.NewStateValue", "`NewStateValue` must be ALARM, OK or "
                    + "INSUFFICIENT_DATA, not `" + Echo.of(state) + "`.");
        };
        String description = join(Fields.text(alarm, "AlarmDescription", "Message"),
                Fields.text(alarm, "NewStateReason", "Message"));
        Map<String, String> links = new LinkedHashMap<>();
        if (region != null) {
            links.put("generator", "https://console.aws.amazon.com/cloudwatch/home?region=" + region
                    + "#alarmsV2:alarm/" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String service = Fields.firstOf(labels, "service", "ServiceName", "FunctionName", "DBInstanceIdentifier",
                "LoadBalancer");
        return new Alert(name(), arn != null ? arn : name, null, status, severity,
                state.equals("INSUFFICIENT_DATA") ? name + " has insufficient data" : name, description, service,
                null, labels, changeTime(Fields.text(alarm, "StateChangeTime", "Message")), null, links, null, null,
                null);
    }

    private static Instant changeTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, CLOUDWATCH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Fields.time(text, "Message.StateChangeTime");
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "\n" + b;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
