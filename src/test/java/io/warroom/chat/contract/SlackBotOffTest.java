package io.warroom.chat.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.ConfigResource;

/** Slack without its settings. */
@QuarkusTest
@WithTestResource(ConfigResource.class)
class SlackBotOffTest extends BotOffContract {

    @Override
    protected String platform() {
        return "slack";
    }

    @Override
    protected String offLine() {
        return "Slack bot is off: SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET) are not set. "
                + "Set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode, no public URL needed) or SLACK_SIGNING_SECRET "
                + "(request URL /slack/events) to turn it on (docs/slack.md).";
    }

    @Override
    protected String clientLogCategory() {
        return "com.slack.api";
    }
}
