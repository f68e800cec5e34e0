package io.warroom.chat.contract;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlackResource;

/** The chat contract on Discord. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DiscordContractTest extends ChatPlatformContract {

    @InjectFakeDiscord
    FakeDiscord discord;

    @Override
    protected ChatPlatformDriver driver() {
        return new DiscordDriver(discord);
    }
}
