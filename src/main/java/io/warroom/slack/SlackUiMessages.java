package io.warroom.slack;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of Warroom's Slack modals and of the answers Slack-only failures give. */
@MessageBundle("slackui")
public interface SlackUiMessages {

    @Message("Cancel")
    String cancel();

    @Message("Close")
    String close();

    @Message("Send")
    String send();

    @Message("Done")
    String done();

    @Message("Not done")
    String notDone();

    @Message("Done.")
    String doneSentence();

    @Message("That did not work; nothing was changed.")
    String didNotWork();

    @Message("Slack did not open {what} ({error}). {instead}")
    String notOpened(String what, String error, String instead);

    @Message("Slack could not be reached to open {what}. {instead}")
    String unreachable(String what, String instead);

    @Message("the confirmation")
    String theConfirmation();

    @Message("Nothing was changed; try again.")
    String tryAgain();

    @Message("Warroom cannot ask to confirm this in Slack; nothing was changed.")
    String cannotConfirm();

    @Message("This confirmation is not one Warroom can run; nothing was changed.")
    String unknownConfirmation();

    @Message("the form")
    String theForm();

    @Message("Type the command instead.")
    String typeInstead();

    @Message("Write something, or cancel.")
    String writeSomething();

    @Message("Warroom cannot tell what this form was for; nothing was changed.")
    String unknownForm();

    @Message("the incident form")
    String theIncidentForm();

    @Message("Type `/incident open <title> [sev:1-4] [service:<name>]` instead.")
    String typeOpenInstead();

    @Message("Open an incident")
    String openTitle();

    @Message("Open")
    String open();

    @Message("Title")
    String title();

    @Message("Checkout 5xx spike")
    String titlePlaceholder();

    @Message("Severity")
    String severity();

    @Message("Service")
    String service();

    @Message("Description")
    String description();

    @Message("What is happening, since when, who is affected")
    String descriptionPlaceholder();

    @Message("Impact began (if before now)")
    String started();

    @Message("When users were first affected; the time to detect runs from it.")
    String startedHint();

    @Message("Give the incident a title, e.g. Checkout 5xx spike.")
    String titleMissing();

    @Message("The title is {length} characters; the limit is {max}.")
    String titleTooLong(int length, int max);

    @Message("The service name is {length} characters; the limit is {max}.")
    String serviceTooLong(int length, int max);

    @Message("The description is {length} characters; the limit is {max}.")
    String descriptionTooLong(int length, int max);

    @Message("That is in the future; give when the impact began, or leave it empty.")
    String startedInFuture();

    @Message("Pick a severity from SEV1 (worst) to SEV4.")
    String severityMissing();
}
