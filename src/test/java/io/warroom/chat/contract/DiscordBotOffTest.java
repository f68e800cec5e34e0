package io.warroom.chat.contract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.ConfigResource;

/** Discord without its settings. */
@QuarkusTest
@WithTestResource(ConfigResource.class)
class DiscordBotOffTest extends BotOffContract {

    @Override
    protected String platform() {
        return "discord";
    }

    @Override
    protected String offLine() {
        return "Discord bot is off: DISCORD_BOT_TOKEN is not set.";
    }

    @Override
    protected String clientLogCategory() {
        return "net.dv8";
    }
}
