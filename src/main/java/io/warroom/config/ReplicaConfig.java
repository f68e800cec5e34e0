package io.warroom.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Which replica this is, when several share one database (warroom.replica.name is WARROOM_REPLICA_NAME). */
@ConfigMapping(prefix = "warroom.replica")
public interface ReplicaConfig {

    /** Name of this replica in logs, leases and readiness; unset: the host name and process id ("web-1/4711"). */
    Optional<String> name();
}
