package io.warroom.discord;

import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.jboss.logging.Logger;

/** A form opened by a button: its text is appended to the button's command, then it runs like a click. */
@ApplicationScoped
class FormSubmits {

    private static final Logger LOG = Logger.getLogger(FormSubmits.class);

    @Inject
    CommandRunner runner;

    @Inject
    DiscordMessages messages;

    @Inject
    DiscordWork work;

    void handle(ModalInteractionEvent event) {
        Optional<String> commandLine = ButtonIds.commandLine(event.getModalId());
        if (commandLine.isEmpty()) {
            return;
        }
        ModalMapping input = event.getValue(ButtonClicks.TEXT_INPUT);
        String text = input == null ? "" : input.getAsString().strip();
        Person actor = DiscordActors.of(event.getMember(), event.getUser());
        String channelId = event.getChannelId();
        String what = "form " + event.getModalId();
        event.deferReply(true).queue(hook -> work.run(what, () -> hook.editOriginal(
                messages.reply(runner.text(commandLine.get() + " " + text, actor, channelId)))
                .queue(null, DiscordErrors.warnIn(LOG, "Answer to " + what))), DiscordErrors.warnIn(LOG, what));
    }
}
