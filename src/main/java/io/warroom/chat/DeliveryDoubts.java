package io.warroom.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which deliveries an earlier try may have carried out in part, so only their retries pay for a look at the
 * platform first. A first try is never in doubt. A try is in doubt from when it starts until its outcome is recorded:
 * it stays so when it failed after a post may have gone out (a timeout, a 5xx, a lost answer, a crash before the
 * record), and is cleared only when the platform said nothing was posted. A delivery this instance knows nothing
 * about but which was tried before (attempts, or a lane taken over from a dead instance) is in doubt since it was
 * queued. Forgetting is always safe: it costs a look, never a double.
 */
@ApplicationScoped
class DeliveryDoubts {

    /** Beyond this many remembered deliveries (ones other instances finished), all are forgotten. */
    private static final int KEPT = 10_000;

    private record Try(Instant firstTried, boolean doubtful) {
    }

    private final Map<Long, Try> tries = new ConcurrentHashMap<>();

    /**
     * Starts a try and says since when an earlier one may have posted (null: none can have). takenOver: the lane was
     * taken from an instance whose claim expired, which may have been in the middle of this message.
     */
    Instant begin(OutboxMessage message, boolean takenOver, Instant now) {
        Try known = tries.get(message.id);
        Instant since;
        Instant firstTried;
        if (known != null) {
            firstTried = known.firstTried();
            since = known.doubtful() || takenOver ? known.firstTried() : null;
        } else if (message.attempts > 0 || takenOver) {
            firstTried = message.createdAt;
            since = message.createdAt;
        } else {
            firstTried = now;
            since = null;
        }
        if (tries.size() >= KEPT) {
            tries.clear();
        }
        tries.put(message.id, new Try(firstTried, true));
        return since;
    }

    /** The try failed; it leaves the delivery in doubt unless it posted nothing and none before it could have. */
    void failed(long id, Instant doubtfulBefore, boolean postedNothing) {
        if (postedNothing && doubtfulBefore == null) {
            tries.computeIfPresent(id, (key, tried) -> new Try(tried.firstTried(), false));
        }
    }

    /** The delivery's outcome is recorded for good (delivered, superseded, given up). */
    void settled(long id) {
        tries.remove(id);
    }
}
