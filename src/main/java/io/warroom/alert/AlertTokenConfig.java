package io.warroom.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens monitoring systems present: warroom.alerts.token (WARROOM_ALERTS_TOKEN) for every source, or
 * warroom.alerts.&lt;source&gt;.token (WARROOM_ALERTS_&lt;SOURCE&gt;_TOKEN) for one.
 */
@ConfigMapping(prefix = "warroom.alerts")
public interface AlertTokenConfig {

    Optional<String> token();

    @WithParentName
    Map<String, SourceToken> sources();

    interface SourceToken {
        Optional<String> token();
    }
}
