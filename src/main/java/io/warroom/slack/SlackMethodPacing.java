package io.warroom.slack;

import com.slack.api.methods.SlackApiTextResponse;
import io.warroom.chat.DeliveryException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slack limits some methods per workspace (Tier 2: about 20 calls a minute, Tier 3: about 50). Once Slack has
 * answered 429 for one of them, every lane waiting to call it would otherwise wake at the end of the same Retry-After
 * and all but one be refused again: in a burst of 50 new rooms that was over 400 refused channel creations. From that
 * 429 on, calls to the method are handed out one per slot at the tier's rate, the first when Retry-After is over; a
 * delivery whose slot is later waits for it without calling. A minute after the last slot the method runs freely
 * again. Per replica: several replicas each pace their own calls, and Slack's 429 still holds them all back.
 */
@ApplicationScoped
class SlackMethodPacing {

    /**
     * Time between calls at each workspace-wide tier, for the methods deliveries call. Posting and chat.update are not
     * here: Slack limits them per channel, which each lane already waits out for its own channel.
     */
    private static final Map<String, Duration> SPACING = Map.of(
            "conversations.create", Duration.ofSeconds(3), // Tier 2
            "conversations.setTopic", Duration.ofSeconds(3), // Tier 2
            "conversations.archive", Duration.ofSeconds(3), // Tier 2
            "pins.add", Duration.ofSeconds(3), // Tier 2
            "conversations.invite", Duration.ofMillis(1_200), // Tier 3
            "conversations.open", Duration.ofMillis(1_200)); // Tier 3

    /** Slack's tiers count calls per minute: after a quiet minute the method's budget is whole again. */
    private static final Duration QUIET_AFTER = Duration.ofMinutes(1);
    private static final Duration CLOCK_SET_BACK = Duration.ofSeconds(1);

    @Inject
    Clock clock;

    private final Map<String, Paced> paced = new HashMap<>();

    /** How long the caller must wait before calling this method; empty when it may call now. */
    synchronized Optional<Duration> waitFor(String method) {
        Instant now = clock.instant();
        Paced state = current(method, now);
        if (state == null) {
            return Optional.empty();
        }
        Duration spacing = SPACING.get(method);
        // A slot nobody came for is gone: an unused minute of Slack's budget is not saved up.
        while (!state.slots.isEmpty() && state.slots.peekFirst().plus(spacing).isBefore(now)) {
            state.slots.pollFirst();
        }
        if (!state.slots.isEmpty() && !state.slots.peekFirst().isAfter(now)) {
            state.slots.pollFirst();
            return Optional.empty();
        }
        if (state.slots.isEmpty() && !now.isBefore(state.pausedUntil) && !now.isBefore(state.last.plus(QUIET_AFTER))) {
            paced.remove(method);
            return Optional.empty();
        }
        Instant slot = latest(now, state.pausedUntil, state.last.plus(spacing));
        state.last = slot;
        if (!slot.isAfter(now)) {
            return Optional.empty();
        }
        state.slots.addLast(slot);
        return Optional.of(Duration.between(now, slot));
    }

    /** Slack answered 429 for this method: nothing before retryAfter is over, then one call per slot. */
    synchronized void refused(String method, Duration retryAfter) {
        if (!SPACING.containsKey(method)) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(retryAfter == null ? SPACING.get(method) : retryAfter);
        Paced state = current(method, now);
        if (state == null) {
            state = new Paced(now);
            paced.put(method, state);
        }
        if (until.isAfter(state.pausedUntil)) {
            state.pausedUntil = until;
        }
        if (now.isAfter(state.last)) {
            state.last = now;
        }
    }

    /**
     * One call of a paced method for a delivery: held back (retry at its slot, nothing sent) while the method is
     * paced and its slot is to come; a 429 from Slack starts or extends the pacing.
     */
    <T extends SlackApiTextResponse> T call(String method, String what, Set<String> accepted, SlackCalls.Call<T> call)
            throws DeliveryException {
        Optional<Duration> wait = waitFor(method);
        if (wait.isPresent()) {
            throw DeliveryException.heldBack(what + ": " + method + " is paced after Slack's 429", wait.get());
        }
        try {
            return SlackCalls.call(what, accepted, call);
        } catch (DeliveryException e) {
            if (e.reason() == DeliveryException.Reason.RATE_LIMITED) {
                refused(method, e.retryAfter());
            }
            throw e;
        }
    }

    <T extends SlackApiTextResponse> T call(String method, String what, SlackCalls.Call<T> call)
            throws DeliveryException {
        return call(method, what, Set.of(), call);
    }

    /** The method's pacing; dropped when the clock was set back, so nobody waits for a time that moved away. */
    private Paced current(String method, Instant now) {
        Paced state = paced.get(method);
        if (state != null && now.isBefore(state.seen.minus(CLOCK_SET_BACK))) {
            paced.remove(method);
            return null;
        }
        if (state != null && now.isAfter(state.seen)) {
            state.seen = now;
        }
        return state;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant later = a.isAfter(b) ? a : b;
        return later.isAfter(c) ? later : c;
    }

    private static final class Paced {
        Instant pausedUntil;
        /** The last call or slot handed out, taken now or to come; the refused call counts. */
        Instant last;
        /** Slots handed to deliveries that wait for them, earliest first. */
        final ArrayDeque<Instant> slots = new ArrayDeque<>();

        /** The latest time this pacing was looked at. */
        Instant seen;

        Paced(Instant now) {
            this.pausedUntil = now;
            this.last = now;
            this.seen = now;
        }
    }
}
