package io.warroom.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.warroom.alert.intake.RawDeliveries;
import io.warroom.support.FakeHttp;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Amazon SNS deliveries of CloudWatch alarms, signed as SNS signs them with a key generated for the test; the
 * certificate and the subscription endpoint are served on loopback, which the test profile's URL patterns allow.
 */
@QuarkusTest
@TestProfile(AlertProfile.class)
class SnsIntakeTest {

    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:warroom-alarms";
    private static FakeHttp aws;
    private static PrivateKey key;
    private static String pem;
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    RawDeliveries raw;

    @Inject
    TestClock clock;

    @BeforeAll
    static void keysAndFakeAws() throws Exception {
        Path store = Path.of("target", "sns-test-" + UUID.randomUUID() + ".p12");
        Files.createDirectories(store.getParent());
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=sns.eu-west-1.amazonaws.com", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        key = (PrivateKey) keys.getKey("sns", "changeit".toCharArray());
        X509Certificate certificate = (X509Certificate) keys.getCertificate("sns");
        pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Files.delete(store);
        aws = FakeHttp.start(request -> request.path().endsWith(".pem") ? FakeHttp.Response.of(200, pem)
                : FakeHttp.Response.of(200, "<ConfirmSubscriptionResponse/>"));
    }

    @AfterAll
    static void stopFakeAws() {
        aws.close();
    }

    private String certUrl() {
        return aws.url("/SimpleNotificationService-test.pem");
    }

    private ObjectNode notification(String alarm, String state, String version) throws Exception {
        ObjectNode message = json.createObjectNode();
        message.put("AlarmName", alarm);
        message.put("AlarmDescription", "API 5xx above 5% for 3 datapoints");
        message.put("AWSAccountId", "123456789012");
        message.put("NewStateValue", state);
        message.put("NewStateReason", "Threshold Crossed: 3 datapoints were greater than the threshold (5.0).");
        message.put("StateChangeTime", "2026-11-22T19:30:00.000+0000");
        message.put("Region", "EU (Ireland)");
        message.put("AlarmArn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:" + alarm);
        message.put("OldStateValue", state.equals("ALARM") ? "OK" : "ALARM");
        ObjectNode trigger = message.putObject("Trigger");
        trigger.put("MetricName", "HTTPCode_Target_5XX_Count");
        trigger.put("Namespace", "AWS/ApplicationELB");
        trigger.putArray("Dimensions").addObject().put("name", "LoadBalancer").put("value", "app/orders/50dc6c495c0c9188");
        ObjectNode body = json.createObjectNode();
        body.put("Type", "Notification");
        body.put("MessageId", UUID.randomUUID().toString());
        body.put("TopicArn", TOPIC);
        body.put("Subject", "ALARM: \"" + alarm + "\" in EU (Ireland)");
        body.put("Message", json.writeValueAsString(message));
        body.put("Timestamp", "2026-11-22T19:30:01.123Z");
        return sign(body, version, List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"));
    }

    private ObjectNode sign(ObjectNode body, String version, List<String> fields) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (body.hasNonNull(field)) {
                text.append(field).append('\n').append(body.get(field).asText()).append('\n');
            }
        }
        Signature signer = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
        signer.initSign(key);
        signer.update(text.toString().getBytes(StandardCharsets.UTF_8));
        body.put("SignatureVersion", version);
        body.put("Signature", Base64.getEncoder().encodeToString(signer.sign()));
        body.put("SigningCertURL", certUrl());
        body.put("UnsubscribeURL", aws.url("/?Action=Unsubscribe&SubscriptionArn=" + TOPIC + ":1"));
        return body;
    }

    /** SNS posts JSON as text/plain and sends no token: its signature is the credential. */
    private ValidatableResponse post(ObjectNode body) {
        return given().contentType("text/plain; charset=UTF-8").header("x-amz-sns-message-type",
                body.get("Type").asText()).body(body.toString()).post("/api/alerts/sns").then();
    }

    @Test
    void subscriptionConfirmationIsVerifiedAndConfirmed() throws Exception {
        ObjectNode body = json.createObjectNode();
        body.put("Type", "SubscriptionConfirmation");
        body.put("MessageId", UUID.randomUUID().toString());
        body.put("Token", "2336412f37fb687f5d51e6e2425c464de12884d6");
        body.put("TopicArn", TOPIC);
        body.put("Message", "You have chosen to subscribe to the topic " + TOPIC + ".");
        body.put("SubscribeURL", aws.url("/?Action=ConfirmSubscription&TopicArn=" + TOPIC
                + "&Token=2336412f37fb687f5d51e6e2425c464de12884d6"));
        body.put("Timestamp", "2026-11-22T19:00:00.000Z");
        sign(body, "2", List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"));
        post(body).statusCode(200).body("duplicate", equalTo(false));
        assertEquals(1, aws.requests(r -> r.method().equals("GET") && r.path().equals("/")).size());
    }

    @Test
    void alarmOpensAnIncidentAndOkResolvesIt() throws Exception {
        String alarm = "orders-5xx-" + UUID.randomUUID();
        int fetches = aws.requests(r -> r.path().endsWith(".pem")).size();
        String key = post(notification(alarm, "ALARM", "1")).statusCode(200)
                .body("alerts[0].outcome", equalTo("opened")).extract().path("alerts[0].incident");
        assertEquals(alarm, Alerts.incident(key).get("title"));
        assertEquals("app/orders/50dc6c495c0c9188", Alerts.incident(key).get("service"));
        post(notification(alarm, "OK", "2")).statusCode(200).body("alerts[0].outcome", equalTo("resolved"))
                .body("alerts[0].incident", equalTo(key));
        assertTrue(aws.requests(r -> r.path().endsWith(".pem")).size() <= fetches + 1, "the certificate is cached");
    }

    @Test
    void insufficientDataIsAWarningAndOpensNothing() throws Exception {
        String alarm = "orders-latency-" + UUID.randomUUID();
        post(notification(alarm, "INSUFFICIENT_DATA", "2")).statusCode(200)
                .body("alerts[0].outcome", equalTo("posted"));
        assertEquals(0, Alerts.incidentsTitled(alarm));
    }

    @Test
    void aRedeliveredMessageIdIsIdempotent() throws Exception {
        String alarm = "orders-disk-" + UUID.randomUUID();
        ObjectNode body = notification(alarm, "ALARM", "2");
        long before = raw.count("sns");
        post(body).statusCode(200).body("duplicate", equalTo(false));
        post(body).statusCode(200).body("duplicate", equalTo(true));
        assertEquals(before + 1, raw.count("sns"));
        assertEquals(1, Alerts.incidentsTitled(alarm));
    }

    @Test
    void aMessageIdIsARedeliveryEvenAfterTheBodyDigestWindow() throws Exception {
        String alarm = "orders-latency-" + UUID.randomUUID();
        ObjectNode body = notification(alarm, "ALARM", "2");
        long before = raw.count("sns");
        post(body).statusCode(200).body("duplicate", equalTo(false)).body("alerts[0].outcome", equalTo("opened"));
        try {
            // SNS retries a message for up to an hour with its own policy; the MessageId stays the same.
            clock.advance(Duration.ofHours(1));
            post(body).statusCode(200).body("duplicate", equalTo(true)).body("alerts.size()", equalTo(0));
        } finally {
            clock.reset();
        }
        assertEquals(before + 1, raw.count("sns"));
        assertEquals(1, Alerts.incidentsTitled(alarm));
    }

    @Test
    void aTamperedOrForeignMessageIs401AndStoresNothing() throws Exception {
        long before = raw.count("sns");
        String alarm = "orders-tampered-" + UUID.randomUUID();
        ObjectNode tampered = notification(alarm, "ALARM", "2");
        tampered.put("Message", tampered.get("Message").asText().replace("orders-tampered", "orders-forged"));
        post(tampered).statusCode(401).body("error", equalTo("The SNS message signature does not match its "
                + "content."));
        ObjectNode foreign = notification(alarm, "ALARM", "2");
        foreign.put("SigningCertURL", "https://evil.example/SimpleNotificationService-x.pem");
        post(foreign).statusCode(401).body("error", containsString("is not an allowed Amazon SNS certificate URL"));
        ObjectNode badVersion = notification(alarm, "ALARM", "2");
        badVersion.put("SignatureVersion", "3");
        post(badVersion).statusCode(401).body("error", containsString("Unsupported SNS SignatureVersion 3"));
        assertEquals(before, raw.count("sns"));
        assertEquals(0, Alerts.incidentsTitled(alarm));
    }

    @Test
    void aNotificationThatIsNoAlarmIs422() throws Exception {
        ObjectNode body = json.createObjectNode();
        body.put("Type", "Notification");
        body.put("MessageId", UUID.randomUUID().toString());
        body.put("TopicArn", TOPIC);
        body.put("Message", "hello, not an alarm");
        body.put("Timestamp", "2026-11-22T19:30:01.123Z");
        sign(body, "2", List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"));
        post(body).statusCode(422).body("field", equalTo("Message"));
    }

    @Test
    void aTopicNotInTheAllowListIs403AndIsNeverConfirmed() throws Exception {
        String foreignTopic = "arn:aws:sns:eu-west-1:999999999999:someone-elses-alarms";
        String token = UUID.randomUUID().toString();
        ObjectNode body = json.createObjectNode();
        body.put("Type", "SubscriptionConfirmation");
        body.put("MessageId", UUID.randomUUID().toString());
        body.put("Token", token);
        body.put("TopicArn", foreignTopic);
        body.put("Message", "You have chosen to subscribe to the topic " + foreignTopic + ".");
        body.put("SubscribeURL", aws.url("/?Action=ConfirmSubscription&TopicArn=" + foreignTopic + "&Token=" + token));
        body.put("Timestamp", "2026-11-22T19:00:00.000Z");
        sign(body, "2", List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"));
        String certPath = "/SimpleNotificationService-" + token.replace("-", "") + ".pem";
        body.put("SigningCertURL", aws.url(certPath));
        long before = raw.count("sns");
        int confirmations = aws.requests(r -> r.path().equals("/")).size();

        post(body).statusCode(403).body("field", equalTo("TopicArn")).body("error", equalTo("Topic `" + foreignTopic
                + "` is not in WARROOM_ALERTS_SNS_TOPICS; its messages are refused and its subscription is not "
                + "confirmed."));
        ObjectNode alarm = notification("foreign-" + token, "ALARM", "2");
        alarm.put("TopicArn", foreignTopic);
        alarm.put("SigningCertURL", aws.url(certPath));
        post(alarm).statusCode(403).body("field", equalTo("TopicArn"));

        assertEquals(List.of(), aws.requests(r -> r.path().equals(certPath)), "no certificate fetched");
        assertEquals(confirmations, aws.requests(r -> r.path().equals("/")).size(), "nothing confirmed");
        assertEquals(before, raw.count("sns"));
        assertEquals(0, Alerts.incidentsTitled("foreign-" + token));
    }

    @Test
    void aCachedCertificatePastItsExpiryIsRefused() throws Exception {
        String alarm = "orders-expiry-" + UUID.randomUUID();
        post(notification(alarm + "-before", "INSUFFICIENT_DATA", "2")).statusCode(200);
        long before = raw.count("sns");
        int fetches = aws.requests(r -> r.path().endsWith(".pem")).size();
        try {
            clock.advance(Duration.ofDays(3));
            post(notification(alarm, "ALARM", "2")).statusCode(401)
                    .body("error", containsString("is not valid now"));
        } finally {
            clock.reset();
        }
        assertEquals(fetches + 1, aws.requests(r -> r.path().endsWith(".pem")).size(),
                "the expired copy was dropped and the certificate fetched again");
        assertEquals(before, raw.count("sns"));
        assertEquals(0, Alerts.incidentsTitled(alarm));
    }

    @Test
    void aMalformedOrIncompleteMessageIsRefusedBeforeAnythingIsFetched() throws Exception {
        int fetched = aws.requests().size();
        long before = raw.count("sns");
        given().contentType("text/plain; charset=UTF-8").body("{\"Type\": \"Notification\", ").post("/api/alerts/sns")
                .then().statusCode(400).body("error", containsString("Malformed JSON"));
        ObjectNode noTopic = notification("orders-incomplete-" + UUID.randomUUID(), "ALARM", "2");
        noTopic.remove("TopicArn");
        post(noTopic).statusCode(422).body("field", equalTo("TopicArn"));
        ObjectNode badSignature = notification("orders-unsigned-" + UUID.randomUUID(), "ALARM", "2");
        badSignature.put("Signature", "not base64!");
        post(badSignature).statusCode(401).body("error", equalTo("The SNS Signature is not base64."));
        assertEquals(fetched, aws.requests().size(), "no certificate fetched, nothing confirmed");
        assertEquals(before, raw.count("sns"));
    }
}
