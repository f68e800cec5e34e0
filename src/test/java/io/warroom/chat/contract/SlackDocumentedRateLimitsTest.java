package io.warroom.chat.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import java.time.Duration;
import io.warroom.chat.contract.ChatPlatformDriver.Attempt;
import java.util.List;

/** Slack's posting limit (about 1 per second per channel, short bursts allowed): 429s are waited out. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "rate-limits", value = "documented"))
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "rate-limits", value = "documented"))
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackDocumentedRateLimitsTest extends DocumentedRateLimitsContract {

    @InjectFakeSlack
    FakeSlack slack;

    @Override
    protected ChatPlatformDriver driver() {
        return new SlackDriver(slack);
    }

    @Override
    protected void assertTheLimitWasReached(List<Attempt> posts) {
        List<Attempt> refused = posts.stream().filter(a -> a.status() == 429).toList();
        assertThat("posts answered 429: " + posts, refused.size(), greaterThan(0));
        for (Attempt no : refused) {
            Attempt next = posts.stream().filter(a -> a.at().isAfter(no.at()) && a.status() == 200).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing accepted after the 429 at " + no.at()));
            assertThat("the next accepted post waited out Retry-After (1 s)",
                    Duration.between(no.at(), next.at()).toMillis(), greaterThanOrEqualTo(900L));
        }
    }
}
