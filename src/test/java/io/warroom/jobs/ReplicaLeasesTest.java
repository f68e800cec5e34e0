package io.warroom.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.jobs.ReplicaLeases.Holder;
import io.warroom.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two replicas on one database taking turns on one lease: it is held by one at a time, and moves when let go. */
@QuarkusTest
class ReplicaLeasesTest {

    static final Duration TTL = Duration.ofSeconds(15);
    static final Holder WEB_1 = new Holder("process-of-web-1", "web-1");
    static final Holder WEB_2 = new Holder("process-of-web-2", "web-2");

    @Inject
    ReplicaLeases leases;

    @Inject
    TestClock clock;

    private final String lease = "test-lease-" + UUID.randomUUID();

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void theFirstToAskHoldsItAndRenewsWhileTheOtherIsRefused() {
        assertEquals(Optional.empty(), leases.holderName(lease), "nobody holds a lease never taken");
        assertTrue(leases.tryHold(lease, WEB_1, TTL));
        assertFalse(leases.tryHold(lease, WEB_2, TTL));
        assertEquals(Optional.of("web-1"), leases.holderName(lease));

        clock.advance(Duration.ofSeconds(10));
        assertTrue(leases.tryHold(lease, WEB_1, TTL), "renewed by its holder");
        clock.advance(Duration.ofSeconds(10));
        assertFalse(leases.tryHold(lease, WEB_2, TTL), "20 s after it was taken, but only 10 s after its renewal");
        assertEquals(Optional.of("web-1"), leases.holderName(lease));
    }

    @Test
    void aLeaseNotRenewedInTimeGoesToTheOtherAndItsFormerHolderIsRefused() {
        assertTrue(leases.tryHold(lease, WEB_1, TTL));
        clock.advance(TTL.plusSeconds(1));
        assertEquals(Optional.empty(), leases.holderName(lease), "ran out: nobody holds it");

        assertTrue(leases.tryHold(lease, WEB_2, TTL), "taken over");
        assertFalse(leases.tryHold(lease, WEB_1, TTL), "the former holder's late renewal is refused");
        assertEquals(Optional.of("web-2"), leases.holderName(lease));
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyItsHolderCanReleaseIt() {
        assertTrue(leases.tryHold(lease, WEB_1, TTL));
        leases.release(lease, WEB_2);
        assertEquals(Optional.of("web-1"), leases.holderName(lease), "another replica cannot release it");

        leases.release(lease, WEB_1);
        assertEquals(Optional.empty(), leases.holderName(lease));
        assertTrue(leases.tryHold(lease, WEB_2, TTL), "taken without waiting for the lease to run out");
    }

    @Test
    void aReplicaRestartedUnderTheSameNameIsANewHolder() {
        Holder restarted = new Holder("new-process-of-web-1", "web-1");
        assertTrue(leases.tryHold(lease, WEB_1, TTL));
        assertFalse(leases.tryHold(lease, restarted, TTL), "its former process may still be connected");
    }
}
