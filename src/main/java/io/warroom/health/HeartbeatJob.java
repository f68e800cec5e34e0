package io.warroom.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ticks the heartbeat on every replica: each replica's own scheduler and database connection are what it proves. */
@ApplicationScoped
public class HeartbeatJob {

    @Inject
    Heartbeat heartbeat;

    @Scheduled(every = "${warroom.health.tick-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        heartbeat.tick();
    }
}
