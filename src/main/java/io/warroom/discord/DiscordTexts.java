package io.warroom.discord;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words Warroom's Discord messages add around a reply: the confirmation's Cancel and its answer. */
@MessageBundle("discordui")
public interface DiscordTexts {

    @Message("Cancel")
    String cancel();

    @Message("Cancelled; nothing was changed.")
    String cancelled();
}
