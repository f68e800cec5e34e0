package io.warroom.tracker;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What filing action items in trackers writes on the timeline and in the incident's rooms. */
@MessageBundle("trackers")
public interface TrackerMessages {

    @Message("Action item #{number} filed as {ref} in {tracker}")
    String filed(int number, String ref, String tracker);

    @Message("Action item #{number} could not be filed: {error}.")
    String notFiled(int number, String error);

    @Message("Fix it, then `action file {number}` again.")
    String fixHint(int number);

    @Message("Action item #{number} done: {ref} was closed in {tracker}")
    String closedIn(int number, String ref, String tracker);

    @Message("by {by}")
    String closedBy(String by);

    @Message("Filing an action item failed: {error}")
    String givenUp(String error);
}
