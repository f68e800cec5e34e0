package io.warroom.chat.contract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;

/** A token Slack rejects. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "token", value = "rejected"))
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "token", value = "rejected"))
class SlackTokenRejectedTest extends TokenRejectedContract {

    @InjectFakeSlack
    FakeSlack slack;

    @Override
    protected ChatPlatformDriver driver() {
        return new SlackDriver(slack);
    }
}
