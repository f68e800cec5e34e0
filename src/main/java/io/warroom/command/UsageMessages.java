package io.warroom.command;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The grammar as people read it: usage lines, help, and what was wrong with a command. */
@MessageBundle("usage")
public interface UsageMessages {

    @Message("Usage: {line}")
    String usage(String line);

    @Message("Usage: /incident <subcommand> …  (try `/incident help`)")
    String usageOfAny();

    @Message("Warroom commands (in an incident room the incident is implied; elsewhere add its key, e.g. "
            + "`/incident status INC-42`):")
    String helpHeading();

    @Message("{usage}\n{summary}")
    String helpTopic(String usage, String summary);

    @Message("`{word}` is not a subcommand.")
    String notASubcommand(String word);

    @Message("`{word}` is not a subcommand. Try: {ids}.")
    String unknownSubcommand(String word, String ids);

    @Message("Which incident? Name it (e.g. `/incident {verb} INC-42`) or run this in the incident's room.")
    String whichIncident(String verb);

    @Message("`{verb}` needs {what}.")
    String needs(String verb, String what);

    @Message("`{verb}` takes no arguments; got `{given}`.")
    String takesNoArguments(String verb, String given);

    @Message("Severity must be 1-4 (1 is worst), not `{given}`.")
    String badSeverity(String given);

    @Message("`{given}` is not a phase; phases are {phases}.")
    String badPhase(String given, String phases);

    @Message("`{given}` is not a role; roles are {roles}.")
    String badRole(String given, String roles);

    @Message("`role` needs a role and a person.")
    String roleNeedsRoleAndPerson();

    @Message("`{given}` is not a duration; use e.g. 15m, 1h or 1h30m.")
    String badDuration(String given);

    @Message("`{verb}` needs an item number from the checklist in `status`.")
    String needsItemNumber(String verb);

    @Message("The text is {length} characters; keep it under {max}.")
    String textTooLong(int length, int max);

    @Message("Open an incident")
    String summaryOpen();

    @Message("Show phase, roles, checklist and last update")
    String summaryStatus();

    @Message("List active incidents (all: include closed)")
    String summaryList();

    @Message("Show who is on call now and next")
    String summaryOncall();

    @Message("Acknowledge: you are on it (moves Detect to Triage)")
    String summaryAck();

    @Message("Set severity (1 is worst)")
    String summarySev();

    @Message("Jump ahead to a phase")
    String summaryPhase();

    @Message("Move to the next phase")
    String summaryNext();

    @Message("Go back one phase, saying why")
    String summaryBack();

    @Message("Give someone a role")
    String summaryRole();

    @Message("Tick a checklist item")
    String summaryCheck();

    @Message("Untick a checklist item")
    String summaryUncheck();

    @Message("Add a note to the timeline (--at backfills)")
    String summaryNote();

    @Message("Post a status update for stakeholders (--public: also on the status page)")
    String summaryUpdate();

    @Message("Pause status-update reminders for a while")
    String summarySnooze();

    @Message("Add the next of the 5 whys; the last is the root cause")
    String summaryWhy();

    @Message("Add an action item, mark one done, or file it in the team's tracker")
    String summaryAction();

    @Message("Describe who and what is affected")
    String summaryImpact();

    @Message("Say when the impact began, before it was detected (time to detect)")
    String summaryStarted();

    @Message("Attach a link (dashboard, ticket, doc)")
    String summaryLink();

    @Message("Record what set the incident off")
    String summaryTrigger();

    @Message("Give the incident a better title (the channel keeps its name)")
    String summaryTitle();

    @Message("Set or clear the affected service")
    String summaryService();

    @Message("Earlier incidents that look like this one, with their root cause and fix")
    String summarySimilar();

    @Message("What went well, what went wrong, where we got lucky")
    String summaryLearned();

    @Message("Roll back the last change (asks to confirm)")
    String summaryRollback();

    @Message("Run a runbook action (asks to confirm first); alone, list the actions")
    String summaryRun();

    @Message("Impact is over: move to Postmortem")
    String summaryResolve();

    @Message("Close after the postmortem")
    String summaryClose();

    @Message("Export the postmortem as Markdown")
    String summaryPostmortem();

    @Message("Show this help")
    String summaryHelp();

    @Message("`{key}:` needs a value, e.g. `{key}:{example}`.")
    String optionNeedsValue(String key, String example);

    @Message("`{key}:` is given twice.")
    String optionGivenTwice(String key);

    @Message("`{given}` is not a time: use HH:MM (e.g. 14:26) or YYYY-MM-DD HH:MM.")
    String notATime(String given);

    @Message("`{given}` is in the future: it is {now} now ({zone}). {advice}.")
    String timeInFuture(String given, String now, String zone, String advice);

    @Message("`{given}` is in the future: it is {now} now ({zone}). {advice}; for an earlier day give the date, "
            + "e.g. `{example}`.")
    String timeInFutureGiveDate(String given, String now, String zone, String advice, String example);

    @Message("Backfill what already happened")
    String adviceBackfill();

    @Message("Impact begins before the incident is opened")
    String adviceImpactBeforeOpening();

    @Message("Impact begins before it is detected")
    String adviceImpactBeforeDetection();

    @Message("Impact cannot begin after detection: {key} was detected at {detected}, and {at} is later. Give the "
            + "time the impact began, at or before the detection.")
    String impactAfterDetection(String key, String detected, String at);

    @Message("`{field}` is {length} characters; the limit is {max}.")
    String fieldTooLong(String field, int length, int max);

    @Message("The title is {length} characters; the limit is {max}.")
    String titleTooLong(int length, int max);

    @Message("`list` takes nothing or `all`, not `{given}`.")
    String listTakes(String given);

    @Message("`oncall` takes one service at most, not `{given}`.")
    String oncallTakes(String given);

    @Message("`--at` needs a time, e.g. `note --at 14:26 rolled back`.")
    String atNeedsTime();

    @Message("`--publish` needs the number of one posted update, e.g. `update --publish 42`.")
    String publishNeedsNumber();

    @Message("Snooze for 1m to 24h, not {duration}.")
    String snoozeRange(String duration);

    @Message("`started` takes one time, not `{given}`.")
    String startedTakes(String given);

    @Message("`service` takes one name, not `{given}`.")
    String serviceTakes(String given);

    @Message("`rollback` takes nothing or `confirm`, not `{given}`.")
    String rollbackTakes(String given);

    @Message("`postmortem` takes a language ({languages}) or nothing, not `{given}`.")
    String postmortemTakes(String languages, String given);

    @Message("`{given}` is not a valid {what} (1, 2, 3, ...).")
    String badNumber(String given, String what);

    @Message("`{given}` is not {what} name (letters, digits, `.`, `-`, `_`).")
    String badName(String given, String what);

    @Message("`link` needs a URL.")
    String linkNeedsUrl();

    @Message("`learned` needs well, wrong or lucky, then the lesson.")
    String learnedNeedsKind();

    @Message("`{given}` is not one of well, wrong, lucky.")
    String badLessonKind(String given);

    @Message("`due:{given}` is not a date; use YYYY-MM-DD, e.g. due:2030-01-31.")
    String badDue(String given);

    @Message("`{given}` is not an http(s) URL.")
    String notAUrl(String given);

    @Message("`run confirm` needs the run number and code its confirmation shows, e.g. `run confirm 17 3fa9c2e1b0d4`.")
    String runConfirmNeeds();

    @Message("`run approve` needs the run number and nothing else, e.g. `run approve 17`.")
    String runApproveNeeds();

    @Message("`run deny` needs the run number, and may give a reason, e.g. `run deny 17 wrong revision`.")
    String runDenyNeeds();

    @Message("The reason is {length} characters; the limit is {max}.")
    String reasonTooLong(int length, int max);

    @Message("`{given}` is not a parameter: write parameters as name=value, without spaces.")
    String notAParameter(String given);

    @Message("`{given}` is not a parameter name (a-z, 0-9 and _).")
    String badParameterName(String given);

    @Message("`{parameter}=` needs a value.")
    String parameterNeedsValue(String parameter);

    @Message("`{parameter}` is given twice.")
    String parameterGivenTwice(String parameter);

    @Message("The parameters are {length} characters; the limit is {max}.")
    String parametersTooLong(int length, int max);

    @Message("`{given}` is not an incident; name it like INC-42.")
    String notAnIncident(String given);
}
