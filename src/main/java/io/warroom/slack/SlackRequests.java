package io.warroom.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.ReactionAddedEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The Bolt app behind {@code POST /slack/events} and Socket Mode, reached only by requests {@link SlackGate} or
 * {@link SocketEnvelopes} let through (size, signature or connection, replay, workspace): Bolt tells the kinds of request apart and answers url_verification; the handlers
 * registered here do the rest. The bot's identity comes from {@link SlackBot}'s auth.test, so a Slack outage at start-up never
 * stops Warroom from answering.
 */
@ApplicationScoped
class SlackRequests {

    private static final Logger LOG = Logger.getLogger(SlackRequests.class);
    static final String COMMAND = "/incident";

    @Inject
    SlackConfig config;

    @Inject
    SlackClient client;

    @Inject
    SlackBot bot;

    @Inject
    SlackWork work;

    @Inject
    IncidentCommand command;

    @Inject
    CardButtons buttons;

    @Inject
    IncidentModal incidentModal;

    @Inject
    ConfirmModal confirmModal;

    @Inject
    PromptModal promptModal;

    @Inject
    PinReactions pins;

    private volatile Bolt bolt;

    private record Bolt(App app, SlackRequestParser parser) {
    }

    /** Builds the Bolt app after start-up, so the first request from Slack does not wait for it. */
    void warm(@Observes StartupEvent event) {
        if (config.configured()) {
            work.run("preparing the Slack request handler", this::bolt);
        }
    }

    /** Runs a request {@link SlackGate} let through: signed by Slack, new, from the right workspace. */
    Response run(String body, Map<String, List<String>> headers, Map<String, List<String>> query) {
        Bolt current = bolt();
        Request<?> request;
        try {
            request = current.parser().parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri("/slack/events").queryString(query).headers(new RequestHeaders(headers))
                    .requestBody(body).build());
        } catch (RuntimeException unreadable) {
            request = null;
        }
        if (request == null) {
            LOG.infof("Slack request refused (400): signed, but not a request Slack sends (%d characters)",
                    body.length());
            return Response.builder().statusCode(400).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                    .body("{\"error\":\"not a Slack request\"}").build();
        }
        try {
            return current.app().run(request);
        } catch (Exception e) {
            LOG.error("Slack request failed", e);
            return Response.builder().statusCode(500).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                    .body("{\"error\":\"Warroom could not handle this Slack request; the server log has the "
                            + "details\"}").build();
        }
    }

    /** The Bolt app, for requests that arrive over Socket Mode ({@link SocketEnvelopes}). */
    App app() {
        return bolt().app();
    }

    private Bolt bolt() {
        Bolt current = bolt;
        if (current == null) {
            synchronized (this) {
                if (bolt == null) {
                    bolt = build();
                }
                current = bolt;
            }
        }
        return current;
    }

    private Bolt build() {
        String secret = config.signingSecret().filter(s -> !s.isBlank()).map(String::strip).orElse(null);
        String token = config.botToken().orElseThrow().strip();
        AppConfig appConfig = AppConfig.builder().signingSecret(secret).singleTeamBotToken(token).build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SSLCheck(null));
        middleware.add((req, resp, chain) -> {
            req.getContext().setBotToken(token);
            bot.botUserId().ifPresent(req.getContext()::setBotUserId);
            return chain.next(req);
        });
        middleware.add(new IgnoringSelfEvents(client.slack().getConfig()));
        App app = new App(appConfig, client.slack(), middleware);
        app.command(COMMAND, command::handle);
        app.blockAction(Pattern.compile("^wr:.+"), buttons::handle);
        app.viewSubmission(IncidentModal.CALLBACK_ID, incidentModal::submitted);
        app.viewSubmission(ConfirmModal.CALLBACK_ID, confirmModal::submitted);
        app.viewSubmission(PromptModal.CALLBACK_ID, promptModal::submitted);
        app.viewSubmission(ConfirmModal.DONE_CALLBACK_ID, (req, ctx) -> ctx.ack());
        app.event(ReactionAddedEvent.class, pins::handle);
        app.start();
        return new Bolt(app, new SlackRequestParser(app.config()));
    }
}
