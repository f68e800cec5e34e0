package io.warroom.postmortem;

import io.warroom.config.WarroomConfig;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.i18n.TimeTexts;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders an incident's blameless postmortem in Markdown from templates/postmortem.md, or postmortem.ko.md in Korean.
 * The timeline is in UTC, with the owning team's local time beside it when the team works in another zone.
 */
@ApplicationScoped
public class PostmortemExporter {

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

    @Inject
    TeamZones zones;

    /** In the incident's own language. */
    @Transactional
    public Postmortem export(long number) {
        return export(number, null);
    }

    /** In {@code language}; null: the incident's own. */
    @Transactional
    public Postmortem export(long number, Language language) {
        IncidentSnapshot incident = IncidentSnapshot.of(incidents.get(number));
        return render(incident, timeline.of(number), language);
    }

    public Postmortem render(IncidentSnapshot incident, List<TimelineEntry> entries) {
        return render(incident, entries, null);
    }

    /** In {@code language}; null: the incident's own. */
    public Postmortem render(IncidentSnapshot incident, List<TimelineEntry> entries, Language language) {
        Language in = language == null ? incident.language() : language;
        Instant now = clock.instant();
        String markdown = template.render(new Texts(in, zones.forService(incident.service())).view(incident, entries,
                now), in);
        return new Postmortem(incident.key(), incident.key() + "-postmortem.md", markdown);
    }

    /** The texts of one export: its language and the team's zone. */
    private final class Texts {

        private final PostmortemMessages msg;
        private final Language language;
        private final TimeTexts times;
        private final DateTimeFormatter moment;
        private final DateTimeFormatter date;
        /** Null when the team works in UTC. */
        private final ZoneId local;

        Texts(Language language, ZoneId teamZone) {
            this.language = language;
            this.msg = Bundles.in(PostmortemMessages.class, language);
            this.times = TimeTexts.in(language);
            this.moment = DateTimeFormatter.ofPattern(msg.momentPattern(), language.locale()).withZone(ZoneOffset.UTC);
            this.date = DateTimeFormatter.ofPattern(msg.datePattern(), language.locale()).withZone(ZoneOffset.UTC);
            this.local = teamZone == null || teamZone.normalized().equals(ZoneOffset.UTC) ? null : teamZone;
        }

        PostmortemView view(IncidentSnapshot i, List<TimelineEntry> entries, Instant now) {
            IncidentSnapshot.Milestones m = i.milestones();
            List<RoleLine> roles = new ArrayList<>();
            for (Role role : Role.values()) {
                roles.add(new RoleLine(role.label(language), Markdown.inline(IncidentText.role(i, role))));
            }
            List<WhyLine> whys = i.whys().stream().map(w -> new WhyLine(w.position(), Markdown.inline(w.text())))
                    .toList();
            return new PostmortemView(
                    Markdown.inline(i.key()), Markdown.inline(i.title()), i.status().label(language),
                    i.severity().label(), Markdown.inline(i.service() == null ? "—" : i.service()),
                    m.timeToDetect().isPresent() ? time(m.started()) : "—", time(m.detected()),
                    time(m.acknowledged()), time(m.mitigated()), time(m.resolved()), time(m.closed()), time(now),
                    roles, responders(i, entries), Markdown.block(i.summary() == null ? i.description() : i.summary()),
                    Markdown.block(i.impact()), detection(i, entries), response(i, entries),
                    new Metrics(duration(m.timeToDetect()), duration(m.timeToAcknowledge()),
                            duration(m.timeToMitigate()), duration(m.timeToResolve())),
                    local == null ? "" : local.getId(), rows(i, entries),
                    whys, whys.isEmpty() ? "" : whys.get(whys.size() - 1).text(),
                    Markdown.block(i.trigger()), resolution(i, entries),
                    lessons(i, Lesson.Kind.WELL), lessons(i, Lesson.Kind.WRONG), lessons(i, Lesson.Kind.LUCKY),
                    i.actionItems().stream().map(a -> new ActionLine(a.number(), a.done() ? "x" : " ",
                            Markdown.inline(a.text()), a.owner() == null ? msg.unassigned() : Markdown.inline(
                                    a.owner().displayName()), a.due() == null ? msg.noDueDate() : date.format(a.due()),
                            Markdown.url(a.trackerUrl()))).toList(),
                    gantt(i, entries, now), similar(i));
        }

        private List<PostmortemView.SimilarLine> similar(IncidentSnapshot i) {
            return similar.of(i.number()).stream().map(s -> new PostmortemView.SimilarLine(Markdown.inline(s.key()),
                    Markdown.url(SimilarText.link(config.publicUrl(), s.key()).orElse(null)),
                    Markdown.inline(s.title()), date.format(s.detected()), s.status().label(language),
                    Markdown.inline(s.rootCause() == null ? msg.noRootCause() : s.rootCause()),
                    Markdown.inline(s.resolution() == null ? msg.noResolution() : s.resolution()))).toList();
        }

        /** The timeline, with the impact's start in its place when it is known to precede the detection. */
        private List<TimelineRow> rows(IncidentSnapshot i, List<TimelineEntry> entries) {
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

        private TimelineRow impactBegan(IncidentSnapshot i) {
            Instant started = i.milestones().started();
            return new TimelineRow(UTC.format(started), localTime(started), Phase.DETECT.label(language), "—",
                    Markdown.inline(msg.impactBegan(duration(i.milestones().timeToDetect()))));
        }

        private TimelineRow row(TimelineEntry e) {
            String time = e.backfilled ? msg.backfilled(UTC.format(e.occurredAt)) : UTC.format(e.occurredAt);
            String event = Markdown.inline(e.text);
            String link = Markdown.url(e.link);
            if (!link.isEmpty()) {
                event += " ([" + msg.link() + "](" + link + "))";
            }
            return new TimelineRow(time, localTime(e.occurredAt), e.phase.label(language),
                    Markdown.inline(e.actor == null ? "—" : e.actor.displayName), event);
        }

        private String localTime(Instant at) {
            return local == null ? "" : UTC.withZone(local).format(at);
        }

        private String detection(IncidentSnapshot i, List<TimelineEntry> entries) {
            String how = entries.stream().filter(e -> e.kind == TimelineKind.ALERT).findFirst()
                    .map(e -> msg.detectedByAlert(e.text))
                    .orElse(i.openedBy() == null ? msg.reportedBySomeone() : msg.reportedBy(
                            i.openedBy().displayName()));
            // Generated text, not user text: its code span is Markdown on purpose.
            String began = i.milestones().timeToDetect()
                    .map(d -> msg.impactBeganAt(time(i.milestones().started()), times.duration(d)))
                    .orElse(msg.impactStartUnknown());
            return Markdown.inline(how + " " + msg.openedAt(time(i.milestones().detected()))) + " " + began;
        }

        private String response(IncidentSnapshot i, List<TimelineEntry> entries) {
            List<String> lines = new ArrayList<>();
            PersonView ack = i.acknowledgedBy();
            if (ack != null) {
                lines.add(msg.acknowledgedAfter(ack.displayName(), duration(i.milestones().timeToAcknowledge())));
            }
            if (i.milestones().mitigated() != null) {
                lines.add(msg.mitigatedAfter(duration(i.milestones().timeToMitigate())));
            }
            if (i.milestones().resolved() != null) {
                lines.add(msg.resolvedAfter(duration(i.milestones().timeToResolve())));
            }
            entries.stream().filter(e -> e.kind == TimelineKind.STATUS_UPDATE)
                    .forEach(e -> lines.add(msg.statusUpdateAt(UTC.format(e.occurredAt), e.text)));
            return lines.stream().map(Markdown::inline).collect(Collectors.joining("\n\n"));
        }

        private List<GanttTask> gantt(IncidentSnapshot i, List<TimelineEntry> entries, Instant now) {
            Instant end = i.milestones().closed() != null ? i.milestones().closed() : now;
            List<PhaseSpans.Span> spans = PhaseSpans.of(i.milestones().detected(), entries, end);
            List<GanttTask> tasks = new ArrayList<>();
            if (i.milestones().timeToDetect().isPresent()) {
                tasks.add(new GanttTask(msg.impactBeforeDetection(), "crit, p0, "
                        + UTC.format(i.milestones().started()) + ", " + UTC.format(i.milestones().detected())));
            }
            for (int n = 0; n < spans.size(); n++) {
                PhaseSpans.Span span = spans.get(n);
                boolean last = n == spans.size() - 1;
                String tag = last && i.milestones().closed() == null ? "active, " : "done, ";
                tasks.add(new GanttTask(span.phase().label(language), tag + "p" + (n + 1) + ", "
                        + UTC.format(span.start()) + ", " + UTC.format(span.end())));
            }
            return tasks;
        }

        private String duration(Optional<Duration> d) {
            return d.map(times::duration).orElse("—");
        }

        private String time(Instant instant) {
            return instant == null ? "—" : moment.format(instant) + " UTC";
        }
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
}
