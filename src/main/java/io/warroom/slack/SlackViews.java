package io.warroom.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import io.warroom.chat.ReplyLanguages;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The two ways Warroom answers a person in Slack besides the HTTP response: a modal opened with the trigger_id of
 * their command or click (it expires after 3 seconds, so this runs before the acknowledgement), and an ephemeral
 * message through the response_url Slack gave with the request.
 */
@ApplicationScoped
class SlackViews {

    private static final Logger LOG = Logger.getLogger(SlackViews.class);

    @Inject
    SlackClient client;

    @Inject
    ReplyLanguages languages;

    /**
     * Opens the modal; empty when it opened, else a sentence for the person, in language, saying what failed and what
     * to do.
     */
    Optional<String> open(String triggerId, View view, String what, String instead, Language language) {
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        try {
            ViewsOpenResponse opened = client.methods().viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (opened.isOk()) {
                return Optional.empty();
            }
            LOG.warnf("Slack did not open %s: %s", what, opened.getError());
            return Optional.of(words.notOpened(what, opened.getError(), instead));
        } catch (IOException | SlackApiException e) {
            LOG.warnf("Slack did not open %s: %s", what, e.getMessage());
            return Optional.of(words.unreachable(what, instead));
        }
    }

    /** Posts the reply, visible only to the person, through a response_url. */
    void respond(String responseUrl, Reply reply) {
        SlackReplies.Message message = SlackReplies.of(reply, SlackReplies.isBlank(reply)
                ? languages.of(reply.incidentKey()) : Language.EN);
        ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                .text(message.text()).blocks(message.blocks().isEmpty() ? null : message.blocks()).build();
        try {
            WebhookResponse sent = new Responder(client.slack(), responseUrl).send(response);
            if (sent.getCode() == null || sent.getCode() >= 300) {
                LOG.warnf("Slack refused an answer through response_url: HTTP %s %s", sent.getCode(),
                        sent.getBody());
            }
        } catch (IOException e) {
            LOG.warnf("Slack could not be reached to answer through response_url: %s", e.getMessage());
        }
    }
}
