package io.warroom.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import org.jboss.logging.Logger;

/** What the gateway tells the bot, handed to the class that handles each kind. */
@ApplicationScoped
class DiscordEvents extends ListenerAdapter {

    private static final Logger LOG = Logger.getLogger(DiscordEvents.class);

    @Inject
    DiscordBot bot;

    @Inject
    CommandRegistrar registrar;

    @Inject
    SlashCommands slashCommands;

    @Inject
    ButtonClicks buttons;

    @Inject
    FormSubmits forms;

    @Inject
    PinReactions pins;

    @Inject
    OtherServers servers;

    private volatile long loginStarted;

    void loggedIn(long startedNanos) {
        loginStarted = startedNanos;
    }

    @Override
    public void onReady(ReadyEvent event) {
        LOG.infof("Discord bot connected as %s to %d server(s) in %d ms", event.getJDA().getSelfUser().getName(),
                event.getGuildTotalCount(), (System.nanoTime() - loginStarted) / 1_000_000);
        registrar.register(event.getJDA());
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        LOG.warnf("Discord gateway connection lost (close code %s); reconnecting", event.getCloseCode() == null
                ? "none" : event.getCloseCode().getCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("Discord gateway session resumed");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        LOG.info("Discord gateway session re-established");
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code != null && !code.isReconnect()) {
            bot.closedForGood(code);
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (servers.serves(event.getInteraction(), "slash commands")) {
            slashCommands.handle(event);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (servers.serves(event.getInteraction(), "button clicks")) {
            buttons.handle(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (servers.serves(event.getInteraction(), "form submissions")) {
            forms.handle(event);
        }
    }

    @Override
    public void onMessageReactionAdd(MessageReactionAddEvent event) {
        if (servers.serves(event.getJDA(), event.isFromGuild() ? event.getGuild() : null, "reactions")) {
            pins.handle(event);
        }
    }
}
