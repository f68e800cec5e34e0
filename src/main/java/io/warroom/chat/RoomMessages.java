package io.warroom.chat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What Warroom says in and about incident rooms, and its announcements to stakeholders. */
@MessageBundle("rooms")
public interface RoomMessages {

    /** Followed by a space and a link to the room (message files keep no trailing space). */
    @Message("🚨 {headline}: follow it in")
    String linkBack(String headline);

    @Message("you opened {key}; this channel is its room.")
    String openedByYou(String key);

    @Message("you are needed on {key}: {title}")
    String neededOn(String key, String title);

    @Message("🗄️ {key} is closed; this channel is archived.")
    String archived(String key);

    @Message("🗄️ {key} is closed; this channel is archived and read-only.")
    String archivedReadOnly(String key);

    @Message("📝 Postmortem of {key}, exported by {by}")
    String postmortem(String key, String by);

    @Message("{severity} · {phase} · IC: {commander} · {title}")
    String topic(String severity, String phase, String commander, String title);

    @Message("Closed · {topic}")
    String closedTopic(String topic);

    @Message("🚨 {key} opened: {title} ({severity})")
    String announceOpened(String key, String title, String severity);

    @Message("🚨 {key} opened: {title} ({severity} · {service})")
    String announceOpenedForService(String key, String title, String severity, String service);

    @Message("📣 {key} update: {text}")
    String announceUpdate(String key, String text);

    @Message("✅ {key} recovered: {title}")
    String announceRecovered(String key, String title);

    @Message("✅ {key} recovered: {title}. {summary}")
    String announceRecoveredWithSummary(String key, String title, String summary);

    @Message("Could not deliver to {platform} ({kind}): {error}")
    String deliveryGivenUp(String platform, String kind, String error);

    @Message("Publish on status page")
    String publishButton();
}
