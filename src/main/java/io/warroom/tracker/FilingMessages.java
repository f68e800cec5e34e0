package io.warroom.tracker;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What {@code action file <n>} answers in the incident's room. */
@MessageBundle("filing")
public interface FilingMessages {

    @Message("No tracker is configured: set WARROOM_TRACKERS_FILE to the trackers YAML file (see docs/trackers.md).")
    String notConfigured();

    @Message("{key} has {count} action items; there is no #{number}.")
    String noSuchItem(String key, int count, int number);

    @Message("No tracker serves service `{service}` or its team, and the trackers file names no default_tracker.")
    String noTrackerForService(String service);

    @Message("No tracker serves incidents without a service, and the trackers file names no default_tracker.")
    String noTrackerWithoutService();

    @Message("Action item #{number} of {key}")
    String item(int number, String key);

    @Message("Filing action item #{number} in {tracker}; its link goes on the item once {kind} answers.")
    String queued(int number, String tracker, String kind);

    @Message("{item} is already filed as {ref}: {url}")
    String alreadyFiled(String item, String ref, String url);

    @Message("{item} already links to {url}.")
    String alreadyLinked(String item, String url);

    @Message("{item} is already being filed.")
    String beingFiled(String item);

    @Message("{item} is done; there is nothing to file.")
    String done(String item);
}
