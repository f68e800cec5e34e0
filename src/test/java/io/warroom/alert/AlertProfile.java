package io.warroom.alert;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Warroom with the fake Slack and Discord platforms, so alerts open rooms and post to alert channels. */
public class AlertProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warroom-test.fake-chat", "true");
    }
}
