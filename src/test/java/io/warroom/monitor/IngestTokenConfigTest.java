package io.warroom.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.warroom.alert.AlertTokenConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The access-log endpoint's own token, as README documents it, is read from the environment. */
class IngestTokenConfigTest {

    @Test
    void warroomAlertsIngestTokenIsTheIngestSourcesToken() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of("WARROOM_ALERTS_INGEST_TOKEN", "ingest-only",
                        "WARROOM_ALERTS_TOKEN", "shared"), 300))
                .withMapping(AlertTokenConfig.class).build();
        AlertTokenConfig tokens = config.getConfigMapping(AlertTokenConfig.class);
        assertEquals(Optional.of("shared"), tokens.token());
        assertEquals(Optional.of("ingest-only"), tokens.sources().get("ingest").token());
    }
}
