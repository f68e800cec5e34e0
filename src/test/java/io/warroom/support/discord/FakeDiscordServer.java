package io.warroom.support.discord;

import java.io.IOException;
import java.util.Locale;

/**
 * Runs a {@link FakeDiscord} on its own, for the bench: prints Warroom's Discord settings as environment variables
 * ({@code DISCORD_BOT_TOKEN=…}) and where its recording is ({@code FAKE_DISCORD_REQUESTS=…}) and a member to put on call
 * ({@code FAKE_DISCORD_MEMBER=…}), then serves until its
 * standard input closes. {@code --documented-rate-limits} enforces Discord's rate limits.
 */
public final class FakeDiscordServer {

    private FakeDiscordServer() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeDiscord discord = FakeDiscord.start()) {
            if (java.util.List.of(args).contains("--documented-rate-limits")) {
                discord.enforceDocumentedRateLimits();
            }
            System.out.println("FAKE_DISCORD_REQUESTS=" + discord.recordingUrl());
            System.out.println("FAKE_DISCORD_MEMBER=" + discord.addMember("Cy Diaz").id());
            discord.config().forEach((key, value) -> System.out.println(
                    key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "=" + value));
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the bench closes our input
            }
        }
    }
}
