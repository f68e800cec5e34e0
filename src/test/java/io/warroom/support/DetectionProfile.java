package io.warroom.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Warroom with a monitors file, loopback services to check, and fake Slack and Discord. */
public class DetectionProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DetectionWorld.class));
    }
}
