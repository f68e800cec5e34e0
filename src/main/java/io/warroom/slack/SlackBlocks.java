package io.warroom.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.IncidentCard;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Block Kit for Warroom's platform-neutral messages, built with the SDK's model classes. The card: a header with key,
 * severity and title, the six-phase progress, short facts side by side, the checklist and last update in full, and
 * the card's buttons. Every button's action_id comes from {@link SlackActionIds} ({@code wr:INC-42:next}); a button
 * that asks for text first carries that question in its value, so the request handler can open a modal for it.
 */
final class SlackBlocks {

    private static final Logger LOG = Logger.getLogger(SlackBlocks.class);
    /** Values longer than this, or on several lines, get their own section instead of a side-by-side field. */
    private static final int SHORT_FIELD = 60;

    private SlackBlocks() {
    }

    static List<LayoutBlock> card(IncidentCard card) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plainText(SlackText.clip(card.headline(), SlackText.HEADER), true))
                .build());
        blocks.add(section(SlackText.escape(card.progress())));
        blocks.addAll(fields(card.fields()));
        blocks.add(ContextBlock.builder().elements(List.of(markdownText(IncidentText.words(card.incident()
                .language()).footer(card.incident().key())))).build());
        blocks.addAll(actions(card.incident().key(), card.buttons()));
        return blocks;
    }

    /** The text Slack shows in notifications and to clients without Block Kit. */
    static String cardFallback(IncidentCard card) {
        return SlackText.escape(card.headline() + " · " + card.incident().phase().label(card.incident().language()));
    }

    /** Blocks for a message with fields or buttons; none for plain text, which goes as the message's text. */
    static List<LayoutBlock> message(ChatMessage message, String incidentKey) {
        if (message.fields().isEmpty() && message.buttons().isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        if (message.text() != null && !message.text().isBlank()) {
            blocks.add(section(SlackText.escapeKeeping(message.text(), message.mentions())));
        }
        blocks.addAll(fields(message.fields()));
        blocks.addAll(actions(incidentKey, message.buttons()));
        return blocks;
    }

    private static SectionBlock section(String mrkdwn) {
        return Blocks.section(s -> s.text(markdownText(SlackText.clip(SlackText.orDash(mrkdwn), SlackText.SECTION))));
    }

    private static List<LayoutBlock> fields(List<Reply.Field> fields) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<TextObject> side = new ArrayList<>();
        for (Reply.Field field : fields) {
            String label = "*" + SlackText.escape(SlackText.orDash(field.label())) + "*";
            String value = SlackText.orDash(field.value());
            if (value.length() <= SHORT_FIELD && value.indexOf('\n') < 0) {
                side.add(markdownText(SlackText.clip(label + "\n" + SlackText.escape(value), SlackText.FIELD)));
                if (side.size() == SlackText.FIELDS_PER_SECTION) {
                    blocks.add(sideBySide(side));
                    side = new ArrayList<>();
                }
            } else {
                if (!side.isEmpty()) {
                    blocks.add(sideBySide(side));
                    side = new ArrayList<>();
                }
                blocks.add(section(label + "\n" + SlackText.escape(value)));
            }
        }
        if (!side.isEmpty()) {
            blocks.add(sideBySide(side));
        }
        return blocks;
    }

    private static SectionBlock sideBySide(List<TextObject> fields) {
        return SectionBlock.builder().fields(List.copyOf(fields)).build();
    }

    private static List<LayoutBlock> actions(String incidentKey, List<Reply.Button> buttons) {
        List<BlockElement> elements = new ArrayList<>();
        for (Reply.Button button : buttons) {
            Optional<String> actionId = SlackActionIds.of(incidentKey, button.command());
            if (actionId.isEmpty()) {
                LOG.warnf("Button \"%s\" left out on Slack: its command does not fit in an action_id (%s)",
                        button.label(), button.command());
                continue;
            }
            ButtonElement.ButtonElementBuilder element = ButtonElement.builder()
                    .text(plainText(SlackText.clip(button.label(), SlackText.BUTTON_LABEL), true))
                    .actionId(actionId.get());
            if (button.prompt() != null && !button.prompt().isBlank()) {
                element.value(SlackText.clip(button.prompt(), SlackText.BUTTON_VALUE));
            }
            switch (button.style()) {
                case PRIMARY -> element.style("primary");
                case DANGER -> element.style("danger");
                case DEFAULT -> {
                }
            }
            elements.add(element.build());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += SlackText.BUTTONS_PER_BLOCK) {
            blocks.add(ActionsBlock.builder().blockId("warroom-actions-" + (i / SlackText.BUTTONS_PER_BLOCK))
                    .elements(elements.subList(i, Math.min(i + SlackText.BUTTONS_PER_BLOCK, elements.size())))
                    .build());
        }
        return blocks;
    }
}
