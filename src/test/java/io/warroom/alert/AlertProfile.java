package io.warroom.alert;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Warroom with the fake Slack and Discord platforms, so alerts open rooms and post to alert channels, and with the
 * SNS topics of {@link SnsIntakeTest} allowed (the default test profile lists none, so SNS answers 503 there).
 */
public class AlertProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warroom-test.fake-chat", "true",
                "warroom.alerts.sns.topics", "arn:aws:sns:eu-west-1:123456789012:warroom-*");
    }
}
