package io.warroom.support.slack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.warroom.support.LogFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts a {@link FakeSlack} before Warroom and points Warroom's Slack settings at it (slack.bot-token,
 * slack.signing-secret, slack.api-url, the announce and alert channels), with the log written to a file. Use with
 * {@code @WithTestResource(FakeSlackResource.class)} and an {@code @InjectFakeSlack FakeSlack slack;} field.
 * Init args: {@code token=rejected} answers every call with invalid_auth; {@code archive-on-close=false};
 * {@code announce=none} leaves SLACK_ANNOUNCE_CHANNEL unset; {@code socket=on} starts a {@link FakeSlackSocket} and
 * sets SLACK_APP_TOKEN (Socket Mode), {@code socket=refused} sets it but refuses it; any {@code slack.*} arg is
 * passed on as a setting; {@code rate-limits=documented} enforces Slack's documented rate limits.
 */
public class FakeSlackResource implements QuarkusTestResourceLifecycleManager {

    private FakeSlack slack;
    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        slack = FakeSlack.start();
        Map<String, String> config = new LinkedHashMap<>(slack.config());
        if ("rejected".equals(args.get("token"))) {
            slack.rejectToken();
        }
        if ("documented".equals(args.get("rate-limits"))) {
            slack.enforceDocumentedRateLimits();
        }
        if (args.containsKey("socket")) {
            slack.socket = FakeSlackSocket.listen();
            config.put("slack.app-token", FakeSlack.APP_TOKEN);
            if ("refused".equals(args.get("socket"))) {
                slack.rejectAppToken();
            }
        }
        if ("none".equals(args.get("announce"))) {
            config.put("slack.announce-channel", "");
        }
        if ("false".equals(args.get("archive-on-close"))) {
            config.put("slack.archive-on-close", "false");
        }
        args.forEach((name, value) -> {
            if (name.startsWith("slack.")) {
                config.put(name, value);
            }
        });
        slack.logFile = LogFile.current();
        config.putAll(LogFile.config());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(slack, new TestInjector.AnnotatedAndMatchesType(InjectFakeSlack.class,
                FakeSlack.class));
    }

    @Override
    public void stop() {
        if (slack != null) {
            slack.close();
        }
    }
}
