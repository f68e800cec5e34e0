package io.warroom.discord;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.warroom.config.DaemonThreads;
import io.warroom.config.ReplicaIdentity;
import io.warroom.jobs.ReplicaLeases;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Which replica connects to the Discord gateway: the one holding the "discord-gateway" lease in the database. The
 * holder renews it every period and the others try to take it; a holder whose renewal is refused disconnects at once,
 * one that cannot reach the database disconnects once half the lease passed unrenewed (before anyone else may take
 * it), and one shutting down releases it so another connects within a period. Off on H2: one process, always connected.
 */
@ApplicationScoped
public class GatewayLease {

    private static final Logger LOG = Logger.getLogger(GatewayLease.class);
    static final String LEASE = "discord-gateway";

    @Inject
    DiscordConfig config;

    @Inject
    DiscordBot bot;

    @Inject
    ReplicaLeases leases;

    @Inject
    ReplicaIdentity replica;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("warroom-discord-lease-watch"));
    private volatile boolean held;
    private volatile long renewedAtNanos;
    /** Set once DiscordBot is ready to log in: the scheduler may call {@link #renew()} before that. */
    private volatile boolean started;
    private volatile boolean stopped;

    // After DiscordBot checked its settings at start, and after it disconnected at shutdown.
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!bot.enabled()) {
            return;
        }
        if (!shared()) {
            bot.connect();
            return;
        }
        LOG.infof("Discord gateway: replica %s takes turns with the others through a lease (renewed every %s, "
                + "lasting %ds)", replica.name(), config.gatewayLeaseEvery(), config.gatewayLeaseTtl().toSeconds());
        watch.scheduleWithFixedDelay(this::disconnectIfUnrenewed, 1, 1, TimeUnit.SECONDS);
        started = true;
        renew();
    }

    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) ShutdownEvent event) {
        stopped = true;
        watch.shutdownNow();
        if (held) {
            held = false;
            bot.disconnect();
            try {
                leases.release(LEASE, holder());
                LOG.infof("Replica %s released the Discord gateway lease", replica.name());
            } catch (RuntimeException e) {
                LOG.warnf("Replica %s could not release the Discord gateway lease (%s); another replica takes it "
                        + "once it runs out", replica.name(), e.getMessage());
            }
        }
    }

    /** Renews or takes the lease and connects, or disconnects when another replica has it. */
    public synchronized void renew() {
        if (!started || stopped) {
            return;
        }
        if (!bot.enabled()) {
            release();
            return;
        }
        boolean holds;
        try {
            holds = leases.tryHold(LEASE, holder(), config.gatewayLeaseTtl());
        } catch (RuntimeException e) {
            LOG.warnf("Replica %s could not renew the Discord gateway lease (%s); trying again", replica.name(),
                    e.getMessage());
            return; // the watch disconnects once the lease may have run out
        }
        if (holds) {
            renewedAtNanos = System.nanoTime();
            if (!held) {
                LOG.infof("Replica %s holds the Discord gateway lease: connecting", replica.name());
            }
            held = true;
            bot.connect();
        } else if (held) {
            LOG.warnf("Replica %s lost the Discord gateway lease to another replica: disconnecting", replica.name());
            held = false;
            bot.disconnect();
        }
    }

    /** Whether this replica is the one to be connected (always on H2). */
    public boolean holdsGateway() {
        return !shared() || held;
    }

    /** The replica holding the gateway, as people know it; empty when none does. */
    public Optional<String> holderName() {
        return leases.holderName(LEASE);
    }

    boolean shared() {
        return config.gatewayLease().orElse("postgresql".equalsIgnoreCase(dbKind));
    }

    private void disconnectIfUnrenewed() {
        Duration unrenewed = Duration.ofNanos(System.nanoTime() - renewedAtNanos);
        if (held && !stopped && unrenewed.compareTo(config.gatewayLeaseTtl().dividedBy(2)) > 0) {
            LOG.errorf("Replica %s could not renew the Discord gateway lease for %ds: disconnecting, so two replicas "
                    + "never hold the gateway", replica.name(), unrenewed.toSeconds());
            held = false;
            bot.disconnect();
        }
    }

    private void release() {
        if (held) {
            held = false;
            bot.disconnect();
            leases.release(LEASE, holder());
        }
    }

    private ReplicaLeases.Holder holder() {
        return new ReplicaLeases.Holder(replica.id(), replica.name());
    }
}
