package io.warroom.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import io.warroom.chat.ChatMessage;
import io.warroom.command.InteractionId;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.reply.Reply;
import java.util.List;

/**
 * A command's answer as a Slack message only the person who asked sees: its text, and its fields and buttons in the
 * same Block Kit as Warroom's other messages (buttons carry their {@link InteractionId}, so a click runs through the
 * same grammar). Also the small text pieces Warroom's modals are made of.
 */
final class SlackReplies {

    private SlackReplies() {
    }

    record Message(String text, List<LayoutBlock> blocks) {
    }

    static Message of(Reply reply) {
        return of(reply, Language.EN);
    }

    /** The reply; one without text says it was done, or that it did not work, in language. */
    static Message of(Reply reply, Language language) {
        SlackUiMessages words = Bundles.in(SlackUiMessages.class, language);
        String text = isBlank(reply) ? (reply.isOk() ? words.doneSentence() : words.didNotWork()) : reply.text();
        List<LayoutBlock> blocks = SlackBlocks.message(new ChatMessage(text, reply.fields(), reply.buttons()),
                reply.incidentKey());
        return new Message(SlackText.clip(SlackText.escape(text), SlackText.MESSAGE), blocks);
    }

    static boolean isBlank(Reply reply) {
        return reply.text() == null || reply.text().isBlank();
    }

    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(SlackText.clip(SlackText.orDash(mrkdwn),
                SlackText.SECTION)).build()).build();
    }

    static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder().text(SlackText.clip(text, max)).emoji(true).build();
    }
}
