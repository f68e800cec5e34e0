package io.warroom.discord;

import io.warroom.chat.ChatMessage;
import io.warroom.chat.IncidentCard;
import io.warroom.chat.ReplyLanguages;
import io.warroom.i18n.Bundles;
import io.warroom.reply.IncidentText;
import io.warroom.reply.Reply;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jboss.logging.Logger;

/**
 * Renders Warroom's platform-neutral messages for Discord: the incident card as an embed with buttons, chat messages
 * and command replies. A message notifies only the people Warroom itself chose to mention (allowed_mentions lists
 * them by id); @everyone, @here, roles and any other mention in alert or user text are shown as text.
 */
@ApplicationScoped
class DiscordMessages {

    private static final Logger LOG = Logger.getLogger(DiscordMessages.class);
    private static final int BUTTONS_PER_ROW = 5;
    private static final int ROWS = 5;
    /** Nothing is parsed from the text into a notification; Warroom names the users it mentions one by one. */
    static final EnumSet<MentionType> MENTIONS = EnumSet.noneOf(MentionType.class);

    @Inject
    ButtonPromptStore prompts;

    @Inject
    ReplyLanguages languages;

    private final CommandManifest manifest = CommandManifest.load();

    MessageCreateData card(IncidentCard card) {
        return new MessageCreateBuilder().setEmbeds(cardEmbed(card))
                .setComponents(rows(card.incident().key(), card.buttons())).setAllowedMentions(MENTIONS).build();
    }

    MessageEditData cardEdit(IncidentCard card) {
        return new MessageEditBuilder().setContent("").setEmbeds(cardEmbed(card))
                .setComponents(rows(card.incident().key(), card.buttons())).setAllowedMentions(MENTIONS).build();
    }

    MessageCreateData message(ChatMessage message, String incidentKey) {
        Body body = body(message.text(), message.fields());
        return new MessageCreateBuilder().setContent(body.content()).setEmbeds(body.embeds())
                .setComponents(rows(incidentKey, message.buttons())).setAllowedMentions(MENTIONS)
                .mentionUsers(userIds(message.mentions())).build();
    }

    MessageCreateData text(String text) {
        return message(ChatMessage.text(text), null);
    }

    /** Text that mentions these people on purpose: they, and nobody else named in the text, are notified. */
    MessageCreateData callPeople(List<String> userIds, String text) {
        return message(new ChatMessage(text, List.of(), List.of(), userIds), null);
    }

    MessageCreateData file(String text, String filename, String content) {
        return new MessageCreateBuilder().setContent(DiscordText.clip(text, DiscordText.CONTENT))
                .setFiles(FileUpload.fromData(content.getBytes(StandardCharsets.UTF_8), filename))
                .setAllowedMentions(MENTIONS).build();
    }

    /** A command's answer, edited into the deferred reply. */
    MessageEditData reply(Reply reply) {
        if (reply.confirmation() != null) {
            return confirmation(reply.confirmation(), reply.incidentKey());
        }
        Body body = body(forDiscord(reply.text()), reply.fields());
        MessageEditBuilder edit = new MessageEditBuilder().setContent(body.content()).setEmbeds(body.embeds())
                .setComponents(rows(reply.incidentKey(), reply.buttons())).setAllowedMentions(MENTIONS);
        if (reply.file() != null) {
            edit.setFiles(FileUpload.fromData(reply.file().content().getBytes(StandardCharsets.UTF_8),
                    reply.file().filename()));
        }
        return edit.build();
    }

    /** Asks before running: the question, and buttons to confirm or cancel. */
    MessageEditData confirmation(Reply.Confirmation ask, String incidentKey) {
        MessageEmbed embed = new EmbedBuilder().setTitle(DiscordText.clip(ask.title(), DiscordText.EMBED_TITLE))
                .setDescription(DiscordText.clip(forDiscord(ask.text()), DiscordText.EMBED_DESCRIPTION))
                .setColor(0xE01E5A).build();
        List<Button> buttons = new ArrayList<>();
        ButtonIds.of(incidentKey, ask.command()).ifPresent(id -> buttons.add(
                Button.danger(id, DiscordText.clip(ask.confirmLabel(), DiscordText.BUTTON_LABEL))));
        buttons.add(Button.secondary(ButtonIds.CANCEL, Bundles.in(DiscordTexts.class, languages.of(incidentKey))
                .cancel()));
        return new MessageEditBuilder().setContent("").setEmbeds(embed).setComponents(ActionRow.of(buttons))
                .setAllowedMentions(MENTIONS).build();
    }

    MessageEditData plain(String text) {
        return new MessageEditBuilder().setContent(DiscordText.clip(forDiscord(text), DiscordText.CONTENT))
                .setEmbeds().setComponents().setAllowedMentions(MENTIONS).build();
    }

    /**
     * Warroom's answers name subcommands as Discord shows them: {@code /incident checklist check}, not
     * {@code /incident check}. Only for answers: text people wrote is posted as they wrote it.
     */
    String forDiscord(String text) {
        if (text == null) {
            return "";
        }
        String result = text;
        for (Map.Entry<String, String> sub : manifest.subcommands().entrySet()) {
            if (sub.getValue() != null) {
                result = result.replaceAll("/incident " + sub.getKey() + "\\b",
                        "/incident " + sub.getValue() + " " + sub.getKey());
            }
        }
        return result;
    }

    private MessageEmbed cardEmbed(IncidentCard card) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(DiscordText.clip(card.headline(), DiscordText.EMBED_TITLE))
                .setDescription(DiscordText.clip(card.progress(), DiscordText.EMBED_DESCRIPTION))
                .setColor(color(card.incident()))
                .setFooter(IncidentText.words(card.incident().language()).footer(card.incident().key()))
                .setTimestamp(card.incident().milestones().updated());
        addFields(embed, card.fields());
        return embed.build();
    }

    private static void addFields(EmbedBuilder embed, List<Reply.Field> fields) {
        for (Reply.Field field : fields.stream().limit(DiscordText.FIELDS).toList()) {
            String value = DiscordText.orDash(field.value());
            boolean shortValue = value.length() <= 40 && value.indexOf('\n') < 0;
            embed.addField(DiscordText.clip(DiscordText.orDash(field.label()), DiscordText.FIELD_NAME),
                    DiscordText.clip(value, DiscordText.FIELD_VALUE), shortValue);
        }
    }

    private static Body body(String text, List<Reply.Field> fields) {
        String content = text == null ? "" : text;
        List<MessageEmbed> embeds = new ArrayList<>();
        EmbedBuilder embed = new EmbedBuilder();
        if (content.length() > DiscordText.CONTENT) {
            embed.setDescription(DiscordText.clip(content, DiscordText.EMBED_DESCRIPTION));
            content = "";
        }
        addFields(embed, fields);
        if (!embed.isEmpty()) {
            embeds.add(embed.build());
        }
        return new Body(content, embeds);
    }

    private List<ActionRow> rows(String incidentKey, List<Reply.Button> buttons) {
        List<Button> rendered = new ArrayList<>();
        for (Reply.Button button : buttons) {
            var id = ButtonIds.of(incidentKey, button.command());
            if (id.isEmpty()) {
                LOG.warnf("Button \"%s\" left out on Discord: its command does not fit in a custom_id (%s)",
                        button.label(), button.command());
                continue;
            }
            if (button.prompt() != null && !button.prompt().isBlank()) {
                prompts.remember(id.get(), button.label(), button.prompt());
            }
            String label = DiscordText.clip(button.label(), DiscordText.BUTTON_LABEL);
            rendered.add(switch (button.style()) {
                case PRIMARY -> Button.of(ButtonStyle.PRIMARY, id.get(), label);
                case DANGER -> Button.of(ButtonStyle.DANGER, id.get(), label);
                case DEFAULT -> Button.of(ButtonStyle.SECONDARY, id.get(), label);
            });
        }
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < rendered.size() && rows.size() < ROWS; i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(rendered.subList(i, Math.min(i + BUTTONS_PER_ROW, rendered.size()))));
        }
        return rows;
    }

    private static List<String> userIds(List<String> mentions) {
        return mentions.stream().filter(id -> id.matches("\\d{5,20}")).distinct().toList();
    }

    private static int color(IncidentSnapshot incident) {
        if (incident.status() == IncidentStatus.RESOLVED) {
            return 0x2EB67D;
        }
        if (incident.status() == IncidentStatus.CLOSED) {
            return 0x99AAB5;
        }
        return switch (incident.severity()) {
            case SEV1 -> 0xE01E5A;
            case SEV2 -> 0xF2711C;
            case SEV3 -> 0xECB22E;
            case SEV4 -> 0x36C5F0;
        };
    }

    private record Body(String content, List<MessageEmbed> embeds) {
    }
}
