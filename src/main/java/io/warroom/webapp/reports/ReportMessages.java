package io.warroom.webapp.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the reports page and its charts. Templates read them as {@code reports:…}. */
@MessageBundle("reports")
public interface ReportMessages {

    @Message("Reports")
    String title();

    @Message("Weeks {first} to {last} ({from} to {to}), Monday to Sunday in {zone}.")
    String rangeShown(String first, String last, String from, String to, String zone);

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Show")
    String show();

    @Message("Last {n} weeks")
    String lastWeeks(int n);

    @Message("Download CSV")
    String csv();

    @Message("The numbers")
    String numbers();

    @Message("Incidents per week")
    String incidentsByWeekTitle();

    @Message("Incidents opened per week from {from} to {to} by severity, {total} in all. The table below has the numbers.")
    String incidentsByWeekDesc(String from, String to, int total);

    @Message("Response times per week")
    String responseByWeekTitle();

    @Message("Median and 90th percentile of the times to detect, acknowledge, mitigate and resolve of the incidents opened each week, one panel per milestone. The table below has the numbers.")
    String responseByWeekDesc();

    @Message("Response times by severity")
    String responseBySeverityTitle();

    @Message("Median and 90th percentile of the times to detect, acknowledge, mitigate and resolve by severity, for incidents opened from {from} to {to}. The table below has the numbers.")
    String responseBySeverityDesc(String from, String to);

    @Message("Top services")
    String topServicesTitle();

    @Message("The {n} services with the most incidents opened from {from} to {to}. The table below has the numbers.")
    String topServicesDesc(int n, String from, String to);

    @Message("Open action items by owner")
    String actionItemsTitle();

    @Message("{open} open action items by owner, {overdue} of them overdue. The table below has the numbers.")
    String actionItemsDesc(int open, int overdue);

    @Message("Time to detect runs from when the impact began to when the incident was opened in Warroom, and counts only incidents whose impact is known to have begun earlier; the other times run from the opening to the milestone, and an incident counts once it has reached it. — means no incident counts.")
    String durationsNote();

    @Message("Week")
    String week();

    @Message("Starts")
    String weekStart();

    @Message("Total")
    String total();

    @Message("Severity")
    String severity();

    @Message("Incidents")
    String incidents();

    @Message("Service")
    String service();

    @Message("Owner")
    String owner();

    @Message("Open")
    String open();

    @Message("Overdue")
    String overdue();

    @Message("Not overdue")
    String notOverdue();

    @Message("Median")
    String median();

    @Message("p90")
    String p90();

    @Message("Reached")
    String reached();

    @Message("Time to detect")
    String detect();

    @Message("Time to acknowledge")
    String acknowledge();

    @Message("Time to mitigate")
    String mitigate();

    @Message("Time to resolve")
    String resolve();

    @Message("(no owner)")
    String noOwner();

    @Message("No incident in this range names a service.")
    String noServices();

    @Message("No open action items.")
    String noActionItems();

    @Message("Overdue action items")
    String overdueTitle();

    @Message("Nothing is overdue.")
    String nothingOverdue();

    @Message("Incident")
    String incident();

    @Message("Action item")
    String actionItem();

    @Message("Due")
    String due();

    @Message("—")
    String none();

    @Message("{s}s")
    String seconds(long s);

    @Message("{m}m")
    String minutes(long m);

    @Message("{h}h {m}m")
    String hours(long h, long m);

    @Message("{d}d {h}h")
    String days(long d, long h);

    @Message("These report dates do not work")
    String badRangeTitle();

    @Message("Dates are written as YYYY-MM-DD, for example 2026-12-28.")
    String notADate();

    @Message("weeks is a whole number from 1 to {max}.")
    String notAWeekCount(int max);

    @Message("Give either weeks, or from and to, not both.")
    String weeksWithDates();

    @Message("from is after to.")
    String fromAfterTo();

    @Message("A report covers at most {max} weeks.")
    String tooLong(int max);

    @Message("Show the last 12 weeks")
    String defaultRange();
}
