package io.warroom.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.chat.Courier;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Files action items from the outbox. Network trouble, 5xx and rate limits are tried again (not before the
 * tracker's Retry-After or reset time); a refusal (bad token, unknown project, invalid fields) or a filing still
 * failing after give-up-after is said once in the incident's rooms and on its timeline. The token is read from
 * the environment when sending and never stored or echoed.
 */
@ApplicationScoped
class TrackerCourier implements Courier {

    @Inject
    Trackers trackers;

    @Inject
    FilingWork work;

    @Inject
    TrackerConfig config;

    @Inject
    @All
    List<TrackerClient> clients;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Override
    public boolean carries(String destination) {
        return TrackerFilings.DESTINATION.equals(destination);
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        long id = issueId(message);
        Optional<FilingWork.Pending> pending = work.pending(id);
        if (pending.isEmpty()) {
            return;
        }
        try {
            Tracker tracker = trackers.current().named(pending.get().tracker()).orElseThrow(() -> new TrackerException(
                    "tracker `" + pending.get().tracker() + "` is no longer in the trackers file", false, null));
            FiledIssue filed = client(tracker).create(tracker, pending.get().draft(), token(tracker));
            work.filed(id, tracker, filed, clock.instant());
        } catch (TrackerException e) {
            boolean expired = Duration.between(message.createdAt, clock.instant()).compareTo(config.giveUpAfter()) > 0;
            if (e.retryable() && !expired) {
                throw DeliveryException.retryLater(e.getMessage(), e.retryAfter());
            }
            work.refused(id, e.getMessage());
            throw DeliveryException.giveUp(e.getMessage());
        }
    }

    /** The courier gives up itself, to tell the room; the outbox's own limit is only a backstop just beyond. */
    @Override
    public Duration giveUpAfter() {
        return config.giveUpAfter().plus(config.maxBackoff()).plusMinutes(1);
    }

    @Override
    public Duration maxBackoff() {
        return config.maxBackoff();
    }

    @Override
    public String giveUpNote(OutboxMessage message, String error, Language language) {
        return Bundles.in(TrackerMessages.class, language).givenUp(error);
    }

    TrackerClient client(Tracker tracker) {
        return clients.stream().filter(c -> c.kind() == tracker.kind()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no client for " + tracker.kind()));
    }

    static String token(Tracker tracker) throws TrackerException {
        String token = System.getenv(tracker.tokenEnv());
        if (token == null || token.isBlank()) {
            throw new TrackerException("the environment variable " + tracker.tokenEnv() + " holding the token for "
                    + tracker.describe() + " is not set", false, null);
        }
        return token.strip();
    }

    private long issueId(OutboxMessage message) throws DeliveryException {
        try {
            JsonNode payload = json.readTree(message.payload);
            if (payload.path("tracker_issue").canConvertToLong()) {
                return payload.path("tracker_issue").asLong();
            }
        } catch (IOException e) {
            // reported below
        }
        throw DeliveryException.giveUp("stored filing is not readable");
    }
}
