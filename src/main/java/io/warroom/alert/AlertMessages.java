package io.warroom.alert;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What alerts write on incident timelines, in incident rooms and in the alert channel. */
@MessageBundle("alerts")
public interface AlertMessages {

    @Message("🚨 Alert from {by}: {headline}")
    String alertFrom(String by, String headline);

    @Message("↩️ This alert fired before: {key} ({status})")
    String firedBefore(String key, String status);

    @Message("↪️ Alert fired again after {key} was resolved: opened {opened}")
    String firedAgainAfter(String key, String opened);

    @Message("🔁 Alert fired again: {title}")
    String firedAgain(String title);

    @Message("🔁 +1 more firing of {title} (coalesced)")
    String oneMoreFiring(String title);

    @Message("🔁 +{more} more firings of {title} (coalesced)")
    String moreFirings(long more, String title);

    @Message("➕ +{more} more: {title}")
    String moreInChannel(long more, String title);

    @Message("✅ Alert resolved: {headline}")
    String resolved(String headline);

    @Message("✅ Alert resolved: {title}; 1 alert is still firing.")
    String resolvedOneStillFiring(String title);

    @Message("✅ Alert resolved: {title}; {count} alerts are still firing.")
    String resolvedStillFiring(String title, long count);

    @Message("✅ Every alert of {key} has resolved (last: {title}). Check that service is back, then move to Recover with `phase recover`.")
    String allResolved(String key, String title);

    @Message("👀 Alert acknowledged in {by} ({fingerprint})")
    String acknowledgedIn(String by, String fingerprint);

    @Message("{icon} [{level}] {headline} from {source}")
    String channelLine(String icon, String level, String headline, String source);

    @Message("✅ Resolved: {headline} from {source}")
    String channelResolved(String headline, String source);

    @Message("{moved}, as {title} says")
    String movedAsAlertSays(String moved, String title);
}
