package io.warroom.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Warroom with WARROOM_LANGUAGE=ko: every incident without a team of another language speaks Korean. */
public class KoreanProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warroom.language", "ko");
    }
}
