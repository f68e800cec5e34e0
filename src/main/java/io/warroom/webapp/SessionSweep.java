package io.warroom.webapp;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Removes sessions that ended by idling, which nothing else would delete. */
@ApplicationScoped
class SessionSweep {

    @Inject
    WebSessions sessions;

    @Scheduled(every = "1h", delayed = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sessions.sweep();
    }
}
