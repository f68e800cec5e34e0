package io.warroom.slack;

import io.warroom.config.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What a request to {@code /slack/events} must pass before anything reads it, cheapest first: its size, Slack's
 * signature, (with SLACK_TEAM_ID) the workspace, and not having been seen before. A refusal is logged in one short
 * line that never carries the body.
 */
@ApplicationScoped
class SlackGate {

    private static final Logger LOG = Logger.getLogger(SlackGate.class);
    /** Slack's own payloads are a few KiB; a full modal stays far below this. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    static final String TOO_LARGE = "Slack requests are at most 256 KiB";
    static final String NOT_RUN = "Warroom's database is unavailable, so that was not run and nothing was changed; "
            + "try again in a few seconds.";

    /** A request not run: the HTTP status and a short reason for the caller (none for an acknowledged retry). */
    record Refusal(int status, String reason) {
    }

    @Inject
    SlackConfig config;

    @Inject
    SeenSlackRequests seen;

    @Inject
    DatabaseOutage outage;

    private volatile SlackSignatureCheck signatures;

    /**
     * Why the request must not run, or empty when it may. A copy of a request already run is refused with 409,
     * except when it says it is Slack's own retry (X-Slack-Retry-Num): that one is acknowledged with 200 so Slack
     * stops retrying, and still not run again.
     */
    Optional<Refusal> check(byte[] body, String timestamp, String signature, boolean slackRetry, String from) {
        if (body.length > MAX_BODY_BYTES) {
            return refuse(413, TOO_LARGE, "body of " + body.length + " bytes", from);
        }
        Optional<String> unsigned = signatures().refusal(timestamp, signature, body, Instant.now().getEpochSecond());
        if (unsigned.isPresent()) {
            return refuse(401, "invalid request", unsigned.get(), from);
        }
        Optional<String> team = config.teamId().filter(t -> !t.isBlank())
                .flatMap(installed -> new SlackWorkspaceCheck(installed.strip())
                        .refusal(new String(body, StandardCharsets.UTF_8)));
        if (team.isPresent()) {
            return refuse(403, "this Warroom serves another Slack workspace", team.get(), from);
        }
        try {
            if (!seen.firstTime(signature, Long.parseLong(timestamp.strip()))) {
                if (slackRetry) {
                    LOG.infof("Slack retry of a request already run acknowledged (200), not run again, from %s", from);
                    return Optional.of(new Refusal(200, null));
                }
                return refuse(409, "this request was already received", "replay of a signed request", from);
            }
        } catch (SQLException e) {
            if (DatabaseOutage.explains(e)) {
                outage.unavailable("a Slack request", e);
            } else {
                LOG.errorf("Slack request not run: its signature could not be recorded (%s)", e.getMessage());
            }
            // A slash command must be answered 200 for Slack to show the words; anything else (events, buttons)
            // gets a 503, which Slack's Events API retries.
            return Optional.of(slashCommand(body) ? new Refusal(200, NOT_RUN) : new Refusal(503, NOT_RUN));
        }
        return Optional.empty();
    }

    /** Slash commands arrive form-encoded with a command field; events and interactions never carry one. */
    static boolean slashCommand(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("command=") || text.contains("&command=");
    }

    static void logTooLarge(long declaredBytes, String from) {
        LOG.infof("Slack request refused (413): declared body of %d bytes, from %s", declaredBytes, from);
    }

    private static Optional<Refusal> refuse(int status, String reason, String detail, String from) {
        LOG.infof("Slack request refused (%d): %s, from %s", status, detail, from);
        return Optional.of(new Refusal(status, reason));
    }

    private SlackSignatureCheck signatures() {
        SlackSignatureCheck current = signatures;
        if (current == null) {
            current = new SlackSignatureCheck(config.signingSecret().orElseThrow().strip());
            signatures = current;
        }
        return current;
    }
}
