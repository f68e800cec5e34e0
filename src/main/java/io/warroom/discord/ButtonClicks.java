package io.warroom.discord;

import io.warroom.chat.ReplyLanguages;
import io.warroom.i18n.Bundles;
import io.warroom.reply.Reply;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import org.jboss.logging.Logger;

/**
 * Button clicks. A card button runs its command and answers the clicker; a button that asks for text opens a form
 * first; on a confirmation (Rollback) the answer replaces the question, and Cancel runs nothing.
 */
@ApplicationScoped
class ButtonClicks {

    private static final Logger LOG = Logger.getLogger(ButtonClicks.class);
    static final String TEXT_INPUT = "text";

    @Inject
    CommandRunner runner;

    @Inject
    DiscordMessages messages;

    @Inject
    ButtonPromptStore prompts;

    @Inject
    DiscordWork work;

    @Inject
    ReplyLanguages languages;

    void handle(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        if (id.equals(ButtonIds.CANCEL)) {
            String cancelled = Bundles.in(DiscordTexts.class, languages.fallback()).cancelled();
            event.editMessage(messages.plain(cancelled)).queue(null, DiscordErrors.warnIn(LOG, "Cancelling"));
            return;
        }
        Optional<String> commandLine = ButtonIds.commandLine(id);
        if (commandLine.isEmpty()) {
            return;
        }
        Person actor = DiscordActors.of(event.getMember(), event.getUser());
        String channelId = event.getChannelId();
        work.run("button " + id, () -> {
            Optional<ButtonPrompt> prompt = prompts.find(id);
            if (prompt.isPresent()) {
                event.replyModal(form(id, prompt.get())).queue(null, DiscordErrors.warnIn(LOG, "Form for " + id));
            } else if (event.getMessage().isEphemeral()) {
                // A confirmation: the answer replaces the question and its buttons.
                event.deferEdit().queue(hook -> work.run("confirmed " + id, () -> hook.editOriginal(
                        messages.reply(runner.text(commandLine.get(), actor, channelId)))
                        .queue(null, DiscordErrors.warnIn(LOG, "Answer to " + id))),
                        DiscordErrors.warnIn(LOG, "Acknowledging " + id));
            } else {
                event.deferReply(true).queue(hook -> work.run("button " + id, () -> {
                    Reply reply = runner.text(commandLine.get(), actor, channelId);
                    hook.editOriginal(messages.reply(reply)).queue(null, DiscordErrors.warnIn(LOG, "Answer to " + id));
                }), DiscordErrors.warnIn(LOG, "Acknowledging " + id));
            }
        });
    }

    private static Modal form(String customId, ButtonPrompt prompt) {
        String question = prompt.prompt;
        TextInput input = TextInput.create(TEXT_INPUT, TextInputStyle.PARAGRAPH).setRequired(true)
                .setMaxLength(3000).build();
        Label label = question.length() <= 45 ? Label.of(question, input)
                : Label.of(DiscordText.clip(question, 45), DiscordText.clip(question, 100), input);
        return Modal.create(customId, DiscordText.clip(prompt.label, 45)).addComponents(label).build();
    }
}
