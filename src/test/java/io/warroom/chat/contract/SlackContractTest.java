package io.warroom.chat.contract;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;

/** The chat contract on Slack. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = ContractOnCall.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackContractTest extends ChatPlatformContract {

    @InjectFakeSlack
    FakeSlack slack;

    @Override
    protected ChatPlatformDriver driver() {
        return new SlackDriver(slack);
    }
}
