package io.warroom.postmortem;

import io.warroom.config.WarroomConfig;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.reply.IncidentText;
import io.warroom.reply.SimilarText;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentSnapshot.PersonView;
import io.warroom.incident.Lesson;
import io.warroom.incident.Phase;
import io.warroom.incident.Platform;
import io.warroom.incident.Role;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.postmortem.PostmortemView.ActionLine;
import io.warroom.postmortem.PostmortemView.GanttTask;
import io.warroom.postmortem.PostmortemView.Metrics;
import io.warroom.postmortem.PostmortemView.RoleLine;
import io.warroom.postmortem.PostmortemView.TimelineRow;
import io.warroom.postmortem.PostmortemView.WhyLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders an incident's blameless postmortem in Markdown from templates/postmortem.md. */
@ApplicationScoped
public class PostmortemExporter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    static final String IMPACT_BEFORE_DETECTION = "Impact before detection";
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    PostmortemTemplate template;

    @Inject
    Clock clock;

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig config;

    @Transactional
    public Postmortem export(long number) {
        IncidentSnapshot incident = IncidentSnapshot.of(incidents.get(number));
        return render(incident, timeline.of(number));
    }

    public Postmortem render(IncidentSnapshot incident, List<TimelineEntry> entries) {
        Instant now = clock.instant();
        String markdown = template.render(view(incident, entries, now));
        return new Postmortem(incident.key(), incident.key() + "-postmortem.md", markdown);
    }

    PostmortemView view(IncidentSnapshot i, List<TimelineEntry> entries, Instant now) {
        IncidentSnapshot.Milestones m = i.milestones();
        List<RoleLine> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(new RoleLine(role.label(), Markdown.inline(IncidentText.role(i, role))));
        }
        List<WhyLine> whys = i.whys().stream().map(w -> new WhyLine(w.position(), Markdown.inline(w.text()))).toList();
        return new PostmortemView(
                Markdown.inline(i.key()), Markdown.inline(i.title()), i.status().label(), i.severity().label(),
                Markdown.inline(i.service() == null ? "—" : i.service()),
                m.timeToDetect().isPresent() ? time(m.started()) : "—", time(m.detected()), time(m.acknowledged()), time(m.mitigated()),
                time(m.resolved()), time(m.closed()), time(now),
                roles, responders(i, entries), Markdown.block(i.summary() == null ? i.description() : i.summary()),
                Markdown.block(i.impact()), detection(i, entries), response(i, entries),
                new Metrics(IncidentText.duration(m.timeToDetect()), IncidentText.duration(m.timeToAcknowledge()),
                        IncidentText.duration(m.timeToMitigate()), IncidentText.duration(m.timeToResolve())),
                rows(i, entries),
                whys, whys.isEmpty() ? "" : whys.get(whys.size() - 1).text(),
                Markdown.block(i.trigger()), resolution(i, entries),
                lessons(i, Lesson.Kind.WELL), lessons(i, Lesson.Kind.WRONG), lessons(i, Lesson.Kind.LUCKY),
                i.actionItems().stream().map(a -> new ActionLine(a.number(), a.done() ? "x" : " ",
                        Markdown.inline(a.text()), a.owner() == null ? "unassigned" : Markdown.inline(
                                a.owner().displayName()), a.due() == null ? "no due date" : a.due().toString(),
                        Markdown.url(a.trackerUrl()))).toList(),
                gantt(i, entries, now), similar(i));
    }

    private List<PostmortemView.SimilarLine> similar(IncidentSnapshot i) {
        return similar.of(i.number()).stream().map(s -> new PostmortemView.SimilarLine(Markdown.inline(s.key()),
                Markdown.url(SimilarText.link(config.publicUrl(), s.key()).orElse(null)), Markdown.inline(s.title()),
                DATE.format(s.detected()), s.status().label(), Markdown.inline(SimilarText.rootCause(s)),
                Markdown.inline(SimilarText.resolution(s)))).toList();
    }

    /** The timeline, with the impact's start in its place when it is known to precede the detection. */
    private static List<TimelineRow> rows(IncidentSnapshot i, List<TimelineEntry> entries) {
        List<TimelineRow> rows = new ArrayList<>(entries.size() + 1);
        Instant started = i.milestones().timeToDetect().isPresent() ? i.milestones().started() : null;
        for (TimelineEntry e : entries) {
            if (started != null && !e.occurredAt.isBefore(started)) {
                rows.add(impactBegan(i));
                started = null;
            }
            rows.add(row(e));
        }
        if (started != null) {
            rows.add(impactBegan(i));
        }
        return rows;
    }

    private static TimelineRow impactBegan(IncidentSnapshot i) {
        return new TimelineRow(UTC.format(i.milestones().started()), Phase.DETECT.label(), "—", Markdown.inline(
                "Impact began (" + IncidentText.duration(i.milestones().timeToDetect()) + " before detection)"));
    }

    private static TimelineRow row(TimelineEntry e) {
        String time = UTC.format(e.occurredAt) + (e.backfilled ? " (backfilled)" : "");
        String event = Markdown.inline(e.text);
        String link = Markdown.url(e.link);
        if (!link.isEmpty()) {
            event += " ([link](" + link + "))";
        }
        return new TimelineRow(time, e.phase.label(), Markdown.inline(e.actor == null ? "—" : e.actor.displayName),
                event);
    }

    /** Everyone who held a role or did something on the timeline, in order of first appearance. */
    private static String responders(IncidentSnapshot i, List<TimelineEntry> entries) {
        // A long timeline has few distinct people: collect them first, escape each once.
        Set<String> names = new LinkedHashSet<>();
        i.roles().values().forEach(p -> names.add(p.displayName()));
        for (TimelineEntry e : entries) {
            if (e.actor != null && e.actor.platform != Platform.SYSTEM) {
                names.add(e.actor.displayName);
            }
        }
        Set<String> escaped = new LinkedHashSet<>();
        names.forEach(name -> escaped.add(Markdown.inline(name)));
        return escaped.isEmpty() ? "—" : String.join(", ", escaped);
    }

    private static String detection(IncidentSnapshot i, List<TimelineEntry> entries) {
        String opener = i.openedBy() == null ? "someone" : i.openedBy().displayName();
        String how = entries.stream().filter(e -> e.kind == TimelineKind.ALERT).findFirst()
                .map(e -> "Detected by an alert: " + e.text)
                .orElse("Reported by " + opener + ".");
        // Generated text, not user text: its code span is Markdown on purpose.
        String began = i.milestones().timeToDetect().map(d -> " Impact began at " + time(i.milestones().started())
                + ", " + IncidentText.duration(d) + " before detection.")
                .orElse(" When the impact began is not recorded; `started <time>` records it.");
        return Markdown.inline(how + " Opened at " + time(i.milestones().detected()) + ".") + began;
    }

    private static String response(IncidentSnapshot i, List<TimelineEntry> entries) {
        List<String> lines = new ArrayList<>();
        PersonView ack = i.acknowledgedBy();
        if (ack != null) {
            lines.add("Acknowledged by " + ack.displayName() + " after "
                    + IncidentText.duration(i.milestones().timeToAcknowledge()) + ".");
        }
        if (i.milestones().mitigated() != null) {
            lines.add("Mitigated " + IncidentText.duration(i.milestones().timeToMitigate()) + " after detection.");
        }
        if (i.milestones().resolved() != null) {
            lines.add("Resolved " + IncidentText.duration(i.milestones().timeToResolve()) + " after detection.");
        }
        List<String> updates = entries.stream().filter(e -> e.kind == TimelineKind.STATUS_UPDATE)
                .map(e -> "Status update at " + UTC.format(e.occurredAt) + ": " + e.text).toList();
        lines.addAll(updates);
        return lines.stream().map(Markdown::inline).collect(Collectors.joining("\n\n"));
    }

    private static String resolution(IncidentSnapshot i, List<TimelineEntry> entries) {
        List<String> lines = new ArrayList<>();
        entries.stream().filter(e -> e.kind == TimelineKind.RUNBOOK).forEach(e -> lines.add("- " + Markdown.inline(
                e.text)));
        if (i.summary() != null) {
            lines.add(0, Markdown.inline(i.summary()));
        }
        return String.join("\n", lines);
    }

    private static List<String> lessons(IncidentSnapshot i, Lesson.Kind kind) {
        return i.lessons().stream().filter(l -> l.kind() == kind).map(l -> Markdown.inline(l.text())).toList();
    }

    private static List<GanttTask> gantt(IncidentSnapshot i, List<TimelineEntry> entries, Instant now) {
        Instant end = i.milestones().closed() != null ? i.milestones().closed() : now;
        List<PhaseSpans.Span> spans = PhaseSpans.of(i.milestones().detected(), entries, end);
        List<GanttTask> tasks = new ArrayList<>();
        if (i.milestones().timeToDetect().isPresent()) {
            tasks.add(new GanttTask(IMPACT_BEFORE_DETECTION, "crit, p0, " + UTC.format(i.milestones().started()) + ", "
                    + UTC.format(i.milestones().detected())));
        }
        for (int n = 0; n < spans.size(); n++) {
            PhaseSpans.Span span = spans.get(n);
            boolean last = n == spans.size() - 1;
            String tag = last && i.milestones().closed() == null ? "active, " : "done, ";
            tasks.add(new GanttTask(span.phase().label(), tag + "p" + (n + 1) + ", " + UTC.format(span.start())
                    + ", " + UTC.format(span.end())));
        }
        return tasks;
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : UTC.format(instant) + " UTC";
    }
}
