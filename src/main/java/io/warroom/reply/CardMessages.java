package io.warroom.reply;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the incident card, its buttons and the shared pieces of replies about an incident. */
@MessageBundle("card")
public interface CardMessages {

    @Message("Severity")
    String severity();

    @Message("Status")
    String status();

    @Message("Service")
    String service();

    @Message("{phase} checklist")
    String checklist(String phase);

    @Message("Last update")
    String lastUpdate();

    @Message("No status update yet")
    String noUpdate();

    @Message("Warroom · {key} · this card follows the incident")
    String footer(String key);

    @Message("Acknowledge")
    String acknowledge();

    @Message("Next phase")
    String nextPhase();

    @Message("Rollback")
    String rollback();

    @Message("Resolve")
    String resolve();

    @Message("Export postmortem")
    String exportPostmortem();

    @Message("Approve")
    String approve();

    @Message("Deny")
    String deny();

    @Message("Why deny run #{run}?")
    String whyDeny(long run);

    @Message("Impact since")
    String impactSince();

    @Message("{at} ({duration} before detection)")
    String impactSinceValue(String at, String duration);

    @Message("{duration} before detection")
    String beforeDetection(String duration);

    @Message("at detection")
    String atDetection();

    @Message("{at}, {before}")
    String since(String at, String before);

    @Message("Impact began {since}")
    String impactBegan(String since);

    @Message("Impact began {since} (was {at})")
    String impactBeganWas(String since, String at);

    @Message("Similar past incidents")
    String similarTitle();

    @Message("no root cause recorded")
    String noRootCause();

    @Message("no resolution recorded")
    String noResolution();

    @Message("{head} — root cause: {cause} · fix: {fix}")
    String similarCardLine(String head, String cause, String fix);

    @Message("No earlier incident looks like {key}. It takes the same alert, or the same service and a shared word in "
            + "the title, trigger or root cause, or two shared words.")
    String noSimilar(String key);

    @Message("Similar past incidents to {key}, most alike first:")
    String similarReplyTitle(String key);

    @Message("{score} points")
    String points(int score);

    @Message("Root cause: {cause}")
    String rootCauseLine(String cause);

    @Message("Resolution: {resolution}")
    String resolutionLine(String resolution);

    @Message("Similar past incidents now: {list}. `/incident similar` shows their root causes and fixes.")
    String similarChanged(String list);

    @Message("same alert")
    String similarSameAlert();

    @Message("same alert group")
    String similarSameAlertGroup();

    @Message("same service")
    String similarSameService();

    @Message("shared words: {words}")
    String similarSharedWords(String words);
}
