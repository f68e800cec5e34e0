package io.warroom.discord;

import io.warroom.chat.NetworkFailures;
import java.time.Duration;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.jboss.logging.Logger;

/**
 * JDA's session queue, connecting to the configured gateway (a single bot never asks Discord for one), and backing
 * off while the gateway cannot be reached: JDA's own queue retries at once, thousands of times a second.
 */
final class GatewaySessions extends SessionControllerAdapter {

    private static final Logger LOG = Logger.getLogger(GatewaySessions.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final String gatewayUrl;

    GatewaySessions(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    protected void runWorker() {
        synchronized (lock) {
            if (workerHandle == null) {
                workerHandle = new BackoffWorker();
                workerHandle.start();
            }
        }
    }

    private final class BackoffWorker extends QueueWorker {

        private int failures;

        BackoffWorker() {
            setDaemon(true);
        }

        @Override
        protected void processQueue() {
            boolean isMultiple = connectQueue.size() > 1;
            while (!connectQueue.isEmpty()) {
                SessionConnectNode node = connectQueue.poll();
                try {
                    node.run(isMultiple && connectQueue.isEmpty());
                    failures = 0;
                    isMultiple = true;
                    lastConnect = System.currentTimeMillis();
                    if (connectQueue.isEmpty()) {
                        break;
                    }
                    Thread.sleep(delay);
                } catch (IllegalStateException e) {
                    Duration wait = wait(++failures);
                    LOG.warnf("Discord gateway at %s cannot be reached (%s); retrying in %ds", gatewayUrl,
                            NetworkFailures.describe(e), wait.toSeconds());
                    connectQueue.add(node);
                    if (!pause(wait)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    connectQueue.add(node);
                    return;
                }
            }
        }

        private Duration wait(int failures) {
            Duration wait = Duration.ofSeconds(1L << Math.min(failures - 1, 6));
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        }

        private boolean pause(Duration wait) {
            try {
                Thread.sleep(wait.toMillis());
                return true;
            } catch (InterruptedException e) {
                return false;
            }
        }
    }
}
