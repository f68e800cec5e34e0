package io.warroom.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * This replica among those sharing one database: a name for people (logs, the lease row, readiness) and an id for
 * this process alone, so two replicas given the same name by mistake still never both hold one lease.
 */
@ApplicationScoped
public class ReplicaIdentity {

    private static final Logger LOG = Logger.getLogger(ReplicaIdentity.class);
    static final int MAX_NAME = 200;

    private final String name;
    private final String id = UUID.randomUUID().toString();

    @Inject
    public ReplicaIdentity(ReplicaConfig config) {
        String configured = config.name().map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (configured != null && configured.length() > MAX_NAME) {
            throw new IllegalArgumentException("warroom.replica.name (WARROOM_REPLICA_NAME) is " + configured.length()
                    + " characters long; at most " + MAX_NAME + " fit.");
        }
        name = configured != null ? configured : host() + "/" + ProcessHandle.current().pid();
        LOG.debugf("This replica is %s", name);
    }

    /** For people: WARROOM_REPLICA_NAME, or host name and process id. */
    public String name() {
        return name;
    }

    /** This process alone: a new one on every start. */
    public String id() {
        return id;
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() <= 100 ? host : host.substring(0, 100);
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
