package io.warroom.support.discord;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.warroom.support.LogFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a {@link FakeDiscord} before Warroom and points Warroom's Discord settings at it. Use with
 * {@code @WithTestResource(FakeDiscordResource.class)} and an {@code @InjectFakeDiscord FakeDiscord discord;} field.
 * Init args: {@code guild-id=none} leaves DISCORD_GUILD_ID unset (commands then register globally);
 * {@code content-intent=refused} makes the gateway refuse the Message Content intent; {@code token=rejected}
 * answers the token with 401; {@code rate-limits=documented} enforces Discord's rate limits.
 */
public class FakeDiscordResource implements QuarkusTestResourceLifecycleManager {

    private FakeDiscord discord;
    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        discord = FakeDiscord.start();
        Map<String, String> config = new LinkedHashMap<>(discord.config());
        if ("none".equals(args.get("guild-id"))) {
            config.put("discord.guild-id", "");
        }
        if ("documented".equals(args.get("rate-limits"))) {
            discord.enforceDocumentedRateLimits();
        }
        if ("rejected".equals(args.get("token"))) {
            discord.rejectToken();
        }
        if ("refused".equals(args.get("content-intent"))) {
            discord.refuseContentIntent();
        }
        discord.logFile = LogFile.current();
        config.putAll(LogFile.config());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(discord, new TestInjector.AnnotatedAndMatchesType(InjectFakeDiscord.class,
                FakeDiscord.class));
    }

    @Override
    public void stop() {
        if (discord != null) {
            discord.close();
        }
    }
}
