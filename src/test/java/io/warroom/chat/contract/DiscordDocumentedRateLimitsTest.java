package io.warroom.chat.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.chat.contract.ChatPlatformDriver.Attempt;
import java.time.Duration;
import java.util.List;

/** Discord's per-channel message bucket (5 per 5 s): JDA queues on the headers, nothing lost or reordered. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "rate-limits", value = "documented"))
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "rate-limits", value = "documented"))
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordDocumentedRateLimitsTest extends DocumentedRateLimitsContract {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Override
    protected ChatPlatformDriver driver() {
        return new DiscordDriver(discord);
    }

    @Override
    protected void assertTheLimitWasReached(List<Attempt> posts) {
        List<Attempt> updates = posts.stream().filter(a -> a.status() == 200 && a.text() != null
                && a.text().startsWith("ana: step ")).toList();
        assertThat("12 posts at 5 per 5 s span at least one reset: " + posts,
                Duration.between(updates.get(0).at(), updates.get(updates.size() - 1).at()).toMillis(),
                greaterThanOrEqualTo(4_000L));
    }
}
