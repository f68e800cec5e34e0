package io.warroom.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Warroom with on-call, runbooks, PagerDuty and both chat platforms configured against loopback fakes. */
public class OnCallProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OnCallWorld.class));
    }
}
