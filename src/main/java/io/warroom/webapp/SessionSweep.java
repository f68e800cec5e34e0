package io.warroom.webapp;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Removes sessions that ended by idling and failed logins that no longer count, which nothing else would delete. */
@ApplicationScoped
class SessionSweep {

    @Inject
    WebSessions sessions;

    @Inject
    LoginThrottle throttle;

    @Scheduled(every = "1h", delayed = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        sessions.sweep();
        throttle.sweep();
    }
}
