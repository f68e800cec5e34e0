package io.warroom.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The on-call world of {@link OnCallProfile} with WARROOM_LANGUAGE=ko: pages, reminders and rooms in Korean. */
public class KoreanOnCallProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OnCallWorld.class, Map.of("warroom.language", "ko")));
    }
}
