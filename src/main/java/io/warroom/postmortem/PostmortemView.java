package io.warroom.postmortem;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What templates/postmortem.md sees. Every string is already escaped for Markdown, so an edited template cannot
 * forget to escape user text. {@code zone} is the owning team's time zone, empty when it works in UTC; each
 * timeline row's {@code localTime} is then its time there.
 */
@TemplateData
public record PostmortemView(
        String key,
        String title,
        String status,
        String severity,
        String service,
        String started,
        String detected,
        String acknowledged,
        String mitigated,
        String resolved,
        String closed,
        String exportedAt,
        List<RoleLine> roles,
        String responders,
        String summary,
        String impact,
        String detection,
        String response,
        Metrics metrics,
        String zone,
        List<TimelineRow> timeline,
        List<WhyLine> whys,
        String rootCause,
        String trigger,
        String resolution,
        List<String> wentWell,
        List<String> wentWrong,
        List<String> gotLucky,
        List<ActionLine> actionItems,
        List<GanttTask> phases,
        List<SimilarLine> similar) {

    @TemplateData
    public record RoleLine(String label, String person) {
    }

    @TemplateData
    public record Metrics(String timeToDetect, String timeToAcknowledge, String timeToMitigate, String timeToResolve) {
    }

    @TemplateData
    public record TimelineRow(String time, String localTime, String phase, String actor, String event) {
    }

    @TemplateData
    public record WhyLine(int number, String text) {
    }

    /** {@code checkbox} is "x" when done, " " when open. */
    @TemplateData
    public record ActionLine(int number, String checkbox, String text, String owner, String due, String tracker) {
    }

    /** An earlier incident that looked like this one; link is empty when Warroom has no public URL. */
    @TemplateData
    public record SimilarLine(String key, String link, String title, String date, String status, String rootCause,
            String resolution) {
    }

    /** One bar of the Mermaid gantt: {@code spec} is Mermaid's "tags, id, start, end". */
    @TemplateData
    public record GanttTask(String label, String spec) {
    }
}
