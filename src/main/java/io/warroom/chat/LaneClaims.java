package io.warroom.chat;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which instance delivers each outbox lane: a row per lane with an owner and an expiry, taken with one UPDATE (or an
 * INSERT under the lane's unique key), so two instances sharing the database never deliver one lane at once. The
 * holder renews all its claims with one statement while it runs and lets a lane go once nothing in it is pending,
 * so the instance whose commit queues the next message can deliver it at once; a dead holder's claims expire after
 * {@code warroom.outbox.lease-ttl}. Each statement commits on its own: no lock is held while a platform is called.
 */
@ApplicationScoped
public class LaneClaims {

    /** SQLSTATE for a unique key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";
    /** Released claims are kept a while (a lane is often busy again soon), then deleted. */
    private static final Duration KEEP_RELEASED = Duration.ofHours(1);

    private final String owner = UUID.randomUUID().toString();
    /** Lanes this instance holds and until when each is surely still its own (half a claim's life, for safety). */
    private final Map<String, Instant> held = new ConcurrentHashMap<>();
    /** Lanes taken from an instance whose claim expired, until their next delivery is tried here. */
    private final Set<String> takenOver = ConcurrentHashMap.newKeySet();

    @Inject
    AgroalDataSource database;

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    public String owner() {
        return owner;
    }

    /** True when this instance holds the lane's claim now; false while another instance's claim runs. */
    public boolean claim(String lane) {
        Instant now = clock.instant();
        Instant sure = held.get(lane);
        if (sure != null && now.isBefore(sure)) {
            return true;
        }
        try (Connection connection = database.getConnection()) {
            boolean claimed = update(connection, "UPDATE outbox_lane_claim SET owner = ?, claimed_until = ? WHERE lane = ?"
                    + " AND (owner = ? OR owner IS NULL)", owner, now.plus(ttl()), lane, owner) == 1
                    || inserted(connection, lane, now);
            // Only when another instance holds the lane: taken if its claim expired (it died or stalled).
            if (!claimed && update(connection, "UPDATE outbox_lane_claim SET owner = ?, claimed_until = ?"
                    + " WHERE lane = ? AND claimed_until < ?", owner, now.plus(ttl()), lane, now) == 1) {
                claimed = true;
                takenOver.add(lane);
            }
            if (claimed) {
                held.put(lane, now.plus(ttl().dividedBy(2)));
            } else {
                held.remove(lane);
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming outbox lane " + lane + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Lets the lane go unless a message is pending in it: false when one is (queued meanwhile, perhaps by another
     * instance that found the lane claimed), and the holder delivers it before trying again.
     */
    public boolean releaseIfDone(String lane) {
        try (Connection connection = database.getConnection()) {
            boolean released = update(connection, "UPDATE outbox_lane_claim SET owner = NULL, claimed_until = ?"
                    + " WHERE lane = ? AND owner = ? AND NOT EXISTS (SELECT 1 FROM outbox_message m"
                    + " WHERE m.lane = ? AND m.status = 'PENDING')", clock.instant(), lane, owner, lane) == 1;
            if (released) {
                held.remove(lane);
            }
            return released;
        } catch (SQLException e) {
            throw new IllegalStateException("releasing outbox lane " + lane + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * True once after this instance took the lane from one whose claim expired: that instance may have been in the
     * middle of delivering the lane's first pending message.
     */
    public boolean takenOver(String lane) {
        return takenOver.remove(lane);
    }

    /** Lets the lane go whatever is pending in it, for an instance that can deliver it. */
    public void letGo(String lane) {
        held.remove(lane);
        run("UPDATE outbox_lane_claim SET owner = NULL, claimed_until = ? WHERE lane = ? AND owner = ?",
                clock.instant(), lane, owner);
    }

    /** Lets every lane go (a clean stop), so the other instances take them at their next poll. */
    public void letGoAll() {
        held.clear();
        run("UPDATE outbox_lane_claim SET owner = NULL, claimed_until = ? WHERE owner = ?", clock.instant(), owner);
    }

    /** Renews every claim this instance holds, in one statement; call well within a claim's life. */
    public void renew() {
        Instant now = clock.instant();
        Set<String> lanes = Set.copyOf(held.keySet());
        run("UPDATE outbox_lane_claim SET claimed_until = ? WHERE owner = ?", now.plus(ttl()), owner);
        Instant sure = now.plus(ttl().dividedBy(2));
        lanes.forEach(lane -> held.computeIfPresent(lane, (l, before) -> before.isAfter(sure) ? before : sure));
    }

    /** The lanes this instance holds. */
    public Set<String> held() {
        return Set.copyOf(held.keySet());
    }

    /** Lanes with a pending message that this instance may claim: unclaimed, its own, or their claim expired. */
    public List<String> takeable() {
        List<String> lanes = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT DISTINCT m.lane FROM outbox_message m"
                        + " LEFT JOIN outbox_lane_claim c ON c.lane = m.lane WHERE m.status = 'PENDING'"
                        + " AND (c.lane IS NULL OR c.owner IS NULL OR c.owner = ? OR c.claimed_until < ?)")) {
            bind(select, owner, clock.instant());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lanes.add(rows.getString(1));
                }
            }
            return lanes;
        } catch (SQLException e) {
            throw new IllegalStateException("looking for outbox lanes failed: " + e.getMessage(), e);
        }
    }

    /** Deletes claims let go long ago; any instance may, at any time. */
    public void pruneReleased() {
        run("DELETE FROM outbox_lane_claim WHERE owner IS NULL AND claimed_until < ?",
                clock.instant().minus(KEEP_RELEASED));
    }

    private Duration ttl() {
        return config.leaseTtl();
    }

    private boolean inserted(Connection connection, String lane, Instant now) throws SQLException {
        try {
            return update(connection, "INSERT INTO outbox_lane_claim (lane, owner, claimed_until) VALUES (?, ?, ?)",
                    lane, owner, now.plus(ttl())) == 1;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void run(String sql, Object... values) {
        try (Connection connection = database.getConnection()) {
            update(connection, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox lane claims: " + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : values[i];
            statement.setObject(i + 1, value);
        }
    }
}
