package io.warroom.support.slack;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link FakeSlack} on its own, for the bench: prints where its recording is ({@code FAKE_SLACK_CALLS=…},
 * JSON on {@code /_fake/calls}), a member to put on call ({@code FAKE_SLACK_MEMBER=…}) and Warroom's Slack settings as environment variables ({@code SLACK_BOT_TOKEN=…}),
 * then {@code READY}, and serves until its standard input closes. {@code --documented-rate-limits} enforces Slack's
 * documented rate limits.
 */
public final class FakeSlackServer {

    private FakeSlackServer() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeSlack slack = FakeSlack.start()) {
            if (List.of(args).contains("--documented-rate-limits")) {
                slack.enforceDocumentedRateLimits();
            }
            System.out.println("FAKE_SLACK_CALLS=" + slack.apiUrl().replace("/api/", "/_fake/calls"));
            System.out.println("FAKE_SLACK_MEMBER=" + slack.addUser("U0CYBENCH1", "cy", "Cy Diaz"));
            slack.config().forEach((key, value) -> System.out.println(
                    key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "=" + value));
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the bench closes our input
            }
        }
    }
}
