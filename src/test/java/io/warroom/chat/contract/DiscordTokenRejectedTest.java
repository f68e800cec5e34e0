package io.warroom.chat.contract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlackResource;

/** A token Discord rejects. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "token", value = "rejected"))
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "token", value = "rejected"))
class DiscordTokenRejectedTest extends TokenRejectedContract {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Override
    protected ChatPlatformDriver driver() {
        return new DiscordDriver(discord);
    }
}
