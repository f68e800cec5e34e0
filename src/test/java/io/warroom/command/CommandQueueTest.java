package io.warroom.command;

import io.warroom.reply.Reply;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.Api;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line commands wait in, with one command thread so its order and its limit show exactly. */
@QuarkusTest
@TestProfile(CommandQueueTest.OneCommandThread.class)
class CommandQueueTest {

    public static class OneCommandThread implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warroom.command-threads", "1");
        }
    }

    @Inject
    CommandQueue queue;

    @Test
    void commandsRunOneAtATimeInTheOrderTheyArrived() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int number = i;
            all.add(queue.submit(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                started.add(number);
                sleep(2);
                running.decrementAndGet();
                return number;
            }).toCompletableFuture());
        }
        all.forEach(CompletableFuture::join);
        assertEquals(1, mostAtOnce.get());
        assertEquals(IntStream.range(0, 30).boxed().toList(), started);
    }

    @Test
    void aCommandThatRunsAnotherRunsItInPlaceInsteadOfWaitingForItself() {
        String answer = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> queue.call(() -> queue.call(() -> "inner ran")));
        assertEquals("inner ran", answer);
    }

    @Test
    void aFullLineAnswersBusyAndChangesNothing() throws Exception {
        String key = Api.open("Queue test: checkout latency", "2", "checkout");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> blocker = queue.submit(() -> {
            running.countDown();
            return await(release);
        }).toCompletableFuture();
        assertTrue(running.await(10, TimeUnit.SECONDS), "the only command thread took the blocking command");
        List<CompletableFuture<Integer>> waiting = new ArrayList<>();
        for (int i = 0; i < CommandQueue.MAX_WAITING; i++) {
            waiting.add(queue.submit(() -> 0).toCompletableFuture());
        }
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isCompletedExceptionally), "the line had room");
        try {
            Api.run(key, "note written while the line was full").statusCode(503)
                    .header("Retry-After", "1")
                    .body("error", containsString("busy"));
            Reply fromChat = queue.answer("Slack", () -> Reply.ok("should not run"));
            assertEquals(Reply.Outcome.FAILED, fromChat.outcome());
            assertTrue(fromChat.text().contains("busy"), fromChat.text());
        } finally {
            release.countDown();
        }
        assertTrue(blocker.get(10, TimeUnit.SECONDS));
        waiting.forEach(CompletableFuture::join);

        Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .body("text", not(hasItem(containsString("while the line was full"))));
        Api.run(key, "note written after the line cleared").statusCode(200).body("outcome", equalTo("ok"));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200)
                .body("text", hasItem(containsString("after the line cleared")));
    }

    @Test
    void chatSurfacesGetAPlainAnswerWhenACommandBlowsUp() {
        Reply reply = queue.answer("Discord", () -> {
            throw new IllegalStateException("database on fire");
        });
        assertEquals(Reply.Outcome.FAILED, reply.outcome());
        assertTrue(reply.text().contains("nothing was changed"), reply.text());
        assertFalse(reply.text().contains("database on fire"), "internal details stay in the log");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
