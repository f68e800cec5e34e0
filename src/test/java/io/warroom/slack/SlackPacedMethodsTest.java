package io.warroom.slack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import io.warroom.support.Eventually;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackRoom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * More rooms at once than Slack's Tier 2 allows (20 channel creations a minute, against the fake enforcing the
 * documented limits): once Slack has refused a method, the waiting rooms call it one at a time at the tier's rate
 * instead of all together at the end of each Retry-After.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "rate-limits", value = "documented"))
class SlackPacedMethodsTest {

    /** Four more than Tier 2's full minute. */
    private static final int ROOMS = 24;

    @InjectFakeSlack
    FakeSlack slack;

    @Test
    void afterSlacksFirst429TheWaitingRoomsAreCreatedOneSlotApartAndNotRefusedAgain() {
        double failedBefore = rateLimitedDeliveries();
        long refusedBefore = slack.calls().stream().filter(c -> c.status() == 429).count();
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= ROOMS; n++) {
            keys.add(Api.open("Paced room " + n, "2", "checkout"));
        }
        for (String key : keys) {
            SlackRoom.awaitOpened(slack, key);
        }

        List<SlackCall> creates = slack.calls("conversations.create");
        assertEquals(ROOMS, creates.stream().filter(c -> c.status() == 200).count(),
                "one channel per incident: " + creates);
        assertTrue(creates.stream().anyMatch(c -> c.status() == 429), "the burst reached Slack's limit");
        assertNoRefusalOnceWaitedOut(creates);
        assertNoRefusalOnceWaitedOut(slack.calls("conversations.setTopic"));

        // A delivery Warroom held back for its slot called nobody and is no failed delivery: the metric counts
        // exactly the 429s Slack (the fake) answered.
        Eventually.until("every 429 counted once, and nothing else", () -> rateLimitedDeliveries() - failedBefore
                == slack.calls().stream().filter(c -> c.status() == 429).count() - refusedBefore);
    }

    private static double rateLimitedDeliveries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("warroom_deliveries_failed_total{")
                && line.contains("platform=\"slack\"") && line.contains("reason=\"rate_limited\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * The calls under way when Slack first refused the method may all be refused; after the first call accepted
     * since then, none is.
     */
    private static void assertNoRefusalOnceWaitedOut(List<SlackCall> calls) {
        Optional<SlackCall> firstRefusal = calls.stream().filter(c -> c.status() == 429).findFirst();
        if (firstRefusal.isEmpty()) {
            return;
        }
        SlackCall acceptedAfter = calls.stream().filter(c -> c.at().isAfter(firstRefusal.get().at())
                && c.status() == 200).findFirst().orElseThrow(() -> new AssertionError("nothing accepted after "
                        + firstRefusal.get()));
        List<SlackCall> refusedLater = calls.stream().filter(c -> c.at().isAfter(acceptedAfter.at())
                && c.status() == 429).toList();
        assertEquals(List.of(), refusedLater, "refused after the method was paced, among " + calls);
    }
}
