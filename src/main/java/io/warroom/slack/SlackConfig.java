package io.warroom.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The Slack app; each property is also an environment variable (slack.bot-token is SLACK_BOT_TOKEN). */
@ConfigMapping(prefix = "slack")
public interface SlackConfig {

    /** Bot User OAuth Token (xoxb-…) from the app's OAuth &amp; Permissions page; without it the Slack bot is off. */
    Optional<String> botToken();

    /**
     * Signing Secret from the app's Basic Information page, for requests to {@code /slack/events}; not needed in
     * Socket Mode.
     */
    Optional<String> signingSecret();

    /**
     * App-level token (xapp-…) with connections:write from the app's Basic Information page; when set, Warroom
     * connects out to Slack over Socket Mode and needs no public request URL.
     */
    Optional<String> appToken();

    /** Workspace id (T…) the app is installed in; when set, requests from any other workspace are refused with 403. */
    Optional<String> teamId();

    /** Web API base URL (tests, proxies, GovSlack: https://slack-gov.com/api/). */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Channel (ID such as C0123ABCD, or #name) for stakeholder notices: incidents opened, status updates, recoveries. */
    Optional<String> announceChannel();

    /** Channel (ID or #name) for alerts and warnings that open no incident. */
    Optional<String> alertChannel();

    /** Incident channel names start with this, then the incident number and a slug of the title. */
    @WithDefault("inc-")
    String channelPrefix();

    /** Whether an incident's channel is archived when the incident is closed. */
    @WithDefault("true")
    boolean archiveOnClose();

    /** Whether every incident gets its own Slack channel. */
    @WithDefault("true")
    boolean openRooms();

    /** Whether the bot token is set and Slack can reach Warroom: over Socket Mode or signed requests. */
    default boolean configured() {
        return botToken().filter(t -> !t.isBlank()).isPresent() && (socketMode() || signed());
    }

    /** Whether Slack's requests come over Socket Mode (SLACK_APP_TOKEN is set). */
    default boolean socketMode() {
        return appToken().filter(t -> !t.isBlank()).isPresent();
    }

    /** Whether signed requests to {@code /slack/events} can be checked (SLACK_SIGNING_SECRET is set). */
    default boolean signed() {
        return signingSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
