package io.warroom.oncall.pagerduty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import io.warroom.jobs.JobLeases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Sends queued PagerDuty events after commit, oldest first and in order per incident (a resolve never overtakes its
 * trigger). Failures (network, 429, 5xx) are retried with backoff honouring Retry-After; an event PagerDuty refuses
 * (400) or that keeps failing past the give-up time is noted on the incident's timeline.
 */
@ApplicationScoped
public class PagerDutySender {

    private static final Logger LOG = Logger.getLogger(PagerDutySender.class);
    static final String LEASE = "pagerduty";
    private static final int ERROR_MAX = 1000;

    @Inject
    EntityManager em;

    @Inject
    PagerDutyConfig config;

    @Inject
    JobLeases leases;

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "warroom-pagerduty");
        thread.setDaemon(true);
        return thread;
    });
    private final ReentrantLock sending = new ReentrantLock();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PagerEventQueued queued) {
        wake();
    }

    @Scheduled(every = "${warroom.pagerduty.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (pending() > 0) {
            sendDue(clock.instant());
        }
    }

    /** No interrupts: an interrupted thread inside an H2 file write closes the database file. */
    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    public void wake() {
        try {
            worker.execute(() -> sendDue(clock.instant()));
        } catch (RuntimeException rejected) {
            // Shutting down: the rows stay pending and go out after the restart.
        }
    }

    /** Sends every event that is due; one caller at a time, on the instance holding the lease. */
    public int sendDue(Instant now) {
        sending.lock();
        try {
            if (!leases.tryAcquire(LEASE, config.leaseTtl())) {
                return 0;
            }
            List<PagerEvent> pending = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "from PagerEvent e where e.status = :s order by e.id", PagerEvent.class)
                    .setParameter("s", PagerEvent.Status.PENDING).setMaxResults(500).getResultList());
            Set<Long> held = new HashSet<>();
            int sent = 0;
            for (PagerEvent event : pending) {
                if (held.contains(event.incidentNumber)) {
                    continue;
                }
                if (event.nextAttemptAt.isAfter(now) || !send(event, now)) {
                    held.add(event.incidentNumber);
                } else {
                    sent++;
                }
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.warnf("Sending PagerDuty events failed: %s", e.getMessage());
            return 0;
        } finally {
            sending.unlock();
        }
    }

    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(e) from PagerEvent e where e.status = :s", Long.class)
                .setParameter("s", PagerEvent.Status.PENDING).getSingleResult());
    }

    /** True when the event is done with (sent or given up); false when it waits for a retry. */
    private boolean send(PagerEvent event, Instant now) {
        Optional<String> key = routingKey(event);
        if (key.isEmpty()) {
            giveUp(event, "no routing key: the environment variable " + event.routingKeyEnv + " is not set");
            return true;
        }
        String body;
        try {
            ObjectNode node = (ObjectNode) json.readTree(event.payload);
            node.put("routing_key", key.get());
            body = json.writeValueAsString(node);
        } catch (IOException e) {
            giveUp(event, "stored event is not JSON: " + e.getMessage());
            return true;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url())).timeout(config.timeout())
                .header("Content-Type", "application/json").header("User-Agent", "Warroom")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                update(event.id, PagerEvent.Status.SENT, clock.instant(), null, null);
                return true;
            }
            String error = "HTTP " + status + ": " + mask(response.body(), key.get());
            if (status == 429 || status >= 500) {
                return retry(event, now, error, retryAfter(response));
            }
            giveUp(event, error);
            return true;
        } catch (IOException e) {
            return retry(event, now, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean retry(PagerEvent event, Instant now, String error, Duration retryAfter) {
        if (Duration.between(event.createdAt, now).compareTo(config.giveUpAfter()) > 0) {
            giveUp(event, error + " (still failing after " + config.giveUpAfter().toHours() + "h)");
            return true;
        }
        long seconds = Math.min(config.maxBackoff().toSeconds(), 1L << Math.min(event.attempts + 1, 16));
        Duration wait = retryAfter != null && retryAfter.getSeconds() > seconds ? retryAfter
                : Duration.ofSeconds(seconds);
        LOG.infof("PagerDuty %s for INC-%d will be retried in %ds: %s", event.action, event.incidentNumber,
                wait.toSeconds(), error);
        update(event.id, PagerEvent.Status.PENDING, null, now.plus(wait), error);
        return false;
    }

    private void giveUp(PagerEvent event, String error) {
        LOG.warnf("PagerDuty %s for INC-%d failed: %s", event.action, event.incidentNumber, error);
        update(event.id, PagerEvent.Status.FAILED, null, null, error);
        QuarkusTransaction.requiringNew().run(() -> incidents.find(event.incidentNumber).ifPresent(incident ->
                timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.SYSTEM,
                        "PagerDuty did not take the " + event.action + " event: " + error))));
    }

    private void update(long id, PagerEvent.Status status, Instant deliveredAt, Instant nextAttempt, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            PagerEvent event = em.find(PagerEvent.class, id);
            if (event == null) {
                return;
            }
            event.status = status;
            event.deliveredAt = deliveredAt;
            if (nextAttempt != null) {
                event.attempts++;
                event.nextAttemptAt = nextAttempt;
            }
            if (error != null) {
                event.lastError = error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
            }
        });
    }

    private Optional<String> routingKey(PagerEvent event) {
        if (event.routingKeyEnv != null) {
            return Optional.ofNullable(System.getenv(event.routingKeyEnv)).filter(k -> !k.isBlank());
        }
        return config.routingKey().filter(k -> !k.isBlank());
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(null);
    }

    private static String mask(String text, String key) {
        String body = text == null ? "" : text.replace(key, "••••");
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
