package io.warroom.chat;

import io.warroom.config.DaemonThreads;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * A few daemon threads for a chat platform's inbound work that must not run on the thread that received it (a
 * gateway reader, an HTTP request that has to be acknowledged first). Failures are logged, never thrown back.
 */
public abstract class PlatformWorkers {

    private static final Logger LOG = Logger.getLogger(PlatformWorkers.class);

    private final String platform;
    private final ExecutorService workers;

    protected PlatformWorkers(String platform, String threadName, int threads) {
        this.platform = platform;
        this.workers = Executors.newFixedThreadPool(threads, DaemonThreads.named(threadName));
    }

    public void run(String what, Runnable task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "%s %s failed", platform, what);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debugf("%s %s dropped: shutting down", platform, what);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
