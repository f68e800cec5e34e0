package io.warroom.alert.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cheap checks made before any certificate is fetched: the default URL patterns as shipped (tests elsewhere run
 * with a loopback pattern) and the topic allow-list.
 */
class SnsUrlAndTopicRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // GIVEN a SigningCertURL, THEN whether the default pattern lets Warroom fetch it
        "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem, true",
        "https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-abc123.pem, true",
        "https://sns.ap-southeast-2.amazonaws.com/SimpleNotificationService-abc123.pem, true",
        "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc123.pem, true",
        "https://sns.s3.amazonaws.com/SimpleNotificationService-abc123.pem, false",
        "https://sns.s3-eu-west-1.amazonaws.com/SimpleNotificationService-abc123.pem, false",
        "https://sns.eu-west-1.amazonaws.com.evil.example/SimpleNotificationService-abc123.pem, false",
        "https://sns.eu-west-1.amazonaws.com@evil.example/SimpleNotificationService-abc123.pem, false",
        "https://sns.eu-west-1.amazonaws.com/bucket/SimpleNotificationService-abc123.pem, false",
        "http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc123.pem, false",
        "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc123.pem?x=1, false",
        "https://evil.example/SimpleNotificationService-abc123.pem, false",
    })
    void defaultCertificateUrlPatternAcceptsOnlyRegionalSnsHosts(String url, boolean allowed) {
        assertEquals(allowed, SnsCertificates.allowedCertificateUrl(SnsCertificates.DEFAULT_CERT_URL, url));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:123456789012:a&Token=2336, true",
        "https://sns.cn-northwest-1.amazonaws.com.cn/?Action=ConfirmSubscription&Token=2336, true",
        "https://sns.s3.amazonaws.com/?Action=ConfirmSubscription&Token=2336, false",
        "https://sns.eu-west-1.amazonaws.com/?Action=Publish&Token=2336, false",
        "https://sns.eu-west-1.amazonaws.com.evil.example/?Action=ConfirmSubscription&Token=2336, false",
    })
    void defaultSubscribeUrlPatternAcceptsOnlyConfirmationsAtRegionalSnsHosts(String url, boolean allowed) {
        assertEquals(allowed, SnsCertificates.allowedSubscribeUrl(SnsCertificates.DEFAULT_SUBSCRIBE_URL, url));
    }

    @ParameterizedTest(name = "{1} allowed by {0} → {2}")
    @CsvSource({
        "arn:aws:sns:eu-west-1:123456789012:alarms, arn:aws:sns:eu-west-1:123456789012:alarms, true",
        "arn:aws:sns:eu-west-1:123456789012:alarms, arn:aws:sns:eu-west-1:123456789012:alarms-2, false",
        "arn:aws:sns:eu-west-1:123456789012:*, arn:aws:sns:eu-west-1:123456789012:anything.fifo, true",
        "arn:aws:sns:eu-west-1:123456789012:*, arn:aws:sns:eu-west-1:210987654321:alarms, false",
        "arn:aws:sns:eu-west-1:123456789012:*, arn:aws:sns:us-east-1:123456789012:alarms, false",
        "arn:aws:sns:eu-west-1:123456789012:prod-*, arn:aws:sns:eu-west-1:123456789012:prod-db, true",
        "arn:aws:sns:eu-west-1:123456789012:prod-*, arn:aws:sns:eu-west-1:123456789012:staging-db, false",
        "arn:aws:sns:eu-west-1:123456789012:*, arn:aws:sns:eu-west-1:123456789012:a:b, false",
        "arn:aws-cn:sns:cn-north-1:123456789012:*, arn:aws-cn:sns:cn-north-1:123456789012:alarms, true",
    })
    void topicAllowList(String entry, String topic, boolean allowed) {
        assertEquals(allowed, SnsTopics.of(Optional.of(List.of(entry))).allows(topic));
    }

    @Test
    void noAllowListIs503SayingHowToSetIt() {
        IntakeException e = assertThrows(IntakeException.class, () -> SnsTopics.of(Optional.empty()));
        assertEquals(503, e.status());
        assertTrue(e.getMessage().contains("set WARROOM_ALERTS_SNS_TOPICS to comma-separated topic ARNs"),
                e.getMessage());
        assertEquals(503, assertThrows(IntakeException.class, () -> SnsTopics.of(Optional.of(List.of(" "))))
                .status());
    }

    @ParameterizedTest
    @CsvSource({"*", "arn:aws:sns:*:*:*", "arn:aws:sns:eu-west-1:*:alarms", "arn:aws:sns:*:123456789012:alarms",
        "arn:aws:sqs:eu-west-1:123456789012:alarms"})
    void anEntryThatWidensBeyondOneAccountAndRegionIsRefused(String entry) {
        IntakeException e = assertThrows(IntakeException.class, () -> SnsTopics.of(Optional.of(List.of(entry))));
        assertEquals(503, e.status());
        assertTrue(e.getMessage().contains("with `*` only in the topic name"), e.getMessage());
    }
}
