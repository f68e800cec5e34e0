package io.warroom.webapp.incidents;

import io.warroom.config.WarroomConfig;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Phase;
import io.warroom.incident.Role;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineEntry;
import io.warroom.incident.TimelineKind;
import io.warroom.incident.similar.SimilarIncidents;
import io.warroom.postmortem.PostmortemExporter;
import io.warroom.postmortem.PostmortemTemplateException;
import io.warroom.reply.ImpactStartText;
import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads what the incident pages show, each in one transaction. */
@ApplicationScoped
public class IncidentPages {

    /** At most this many new entries per poll; a page that fell further behind gets the rest on its next poll. */
    static final int LIVE_BATCH = 200;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentSearch search;

    @Inject
    Timeline timeline;

    @Inject
    PostmortemExporter postmortems;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PageLanguage page;

    @Inject
    Elapsed elapsed;

    @Inject
    SimilarIncidents similar;

    @Inject
    WarroomConfig config;

    @Transactional
    public List<IncidentRow> list(ListFilter filter) {
        Instant now = clock.instant();
        return search.find(filter).stream()
                .map(i -> IncidentRow.of(i, elapsed.of(Duration.between(i.startedAt, now)), messages(),
                        page.language())).toList();
    }

    @Transactional
    public boolean exists(long number) {
        return incidents.find(number).isPresent();
    }

    @Transactional
    public Optional<IncidentView> incident(long number, Optional<TimelineKind> kind) {
        Optional<Incident> found = incidents.find(number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        IncidentSnapshot snapshot = IncidentSnapshot.of(incident);
        List<TimelineEntry> entries = timeline.of(number);
        Instant now = clock.instant();
        String html = null;
        String error = null;
        try {
            html = PostmortemHtml.render(postmortems.render(snapshot, entries).markdown());
        } catch (PostmortemTemplateException e) {
            error = messages().postmortemFailed(e.getMessage());
        }
        List<IncidentView.RoleRow> roles = Arrays.stream(Role.values()).map(r -> new IncidentView.RoleRow(
                r.label(page.language()), snapshot.role(r).map(p -> p.displayName()).orElse(messages().nobody())))
                .toList();
        List<IncidentView.KindOption> kinds = Arrays.stream(TimelineKind.values()).map(k -> new IncidentView.KindOption(
                k.id(), messages().kind(k), kind.orElse(null) == k)).toList();
        List<TimelineRow> rows = entries.stream().filter(e -> kind.isEmpty() || e.kind == kind.get())
                .map(e -> TimelineRow.of(e, messages())).toList();
        long lastId = entries.stream().mapToLong(e -> e.id).max().orElse(0);
        String phase = incident.phase.label(page.language());
        return Optional.of(new IncidentView(snapshot, "sev-" + incident.severity.level(), phase,
                messages().phaseOf(incident.phase.ordinal() + 1, Phase.values().length, phase),
                incident.status.label(page.language()), elapsed.of(Duration.between(incident.startedAt, now)), roles,
                steps(incident, entries, now), snapshot.checklist(incident.phase), rows, kinds,
                kind.map(TimelineKind::id).orElse(""), lastId, snapshot.whys(), snapshot.actionItems(), html, error,
                similar.of(number).stream().map(s -> SimilarRow.of(s, messages(), page.language())).toList(),
                impactBegan(snapshot), snapshot.milestones().timeToDetect().map(elapsed::of).orElse(null)));
    }

    /** Entries recorded after the one with id {@code after} (ids grow with every entry), and the header facts. */
    @Transactional
    public Optional<LiveUpdate> after(long number, long after, Optional<TimelineKind> kind) {
        Optional<Incident> found = incidents.find(number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        List<TimelineEntry> entries = em.createQuery("from TimelineEntry e where e.incidentNumber = :n"
                + " and e.id > :after order by e.id", TimelineEntry.class).setParameter("n", number).setParameter("after", after)
                .setMaxResults(LIVE_BATCH).getResultList();
        long lastId = entries.stream().mapToLong(e -> e.id).max().orElse(after);
        List<TimelineRow> rows = entries.stream().filter(e -> kind.isEmpty() || e.kind == kind.get())
                .map(e -> TimelineRow.of(e, messages())).toList();
        String phase = incident.phase.label(page.language());
        return Optional.of(new LiveUpdate(rows, lastId, phase, messages().phaseOf(incident.phase.ordinal() + 1,
                Phase.values().length, phase), incident.phase.ordinal() + 1, incident.status.label(page.language())));
    }

    private String impactBegan(IncidentSnapshot snapshot) {
        IncidentSnapshot.Milestones m = snapshot.milestones();
        return m.timeToDetect().isEmpty() ? null : ImpactStartText.at(m.started(), m.detected(), config.timeZone());
    }

    private List<PhaseStep> steps(Incident incident, List<TimelineEntry> entries, Instant now) {
        Instant start = entries.stream().filter(e -> !e.backfilled).map(e -> e.occurredAt)
                .min(Comparator.naturalOrder()).orElse(incident.detectedAt);
        Instant end = incident.closedAt != null ? incident.closedAt : now;
        Map<Phase, Duration> spent = PhaseTimes.of(entries, start, end);
        List<PhaseStep> steps = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            String state = phase == incident.phase ? "current" : incident.phase.isAfter(phase) ? "done" : "todo";
            Duration time = spent.get(phase);
            steps.add(new PhaseStep(phase, phase.ordinal() + 1, phase.label(page.language()), state,
                    time == null ? "" : elapsed.of(time)));
        }
        return steps;
    }

    /** What a polling page needs: the new rows and the facts of its header. */
    public record LiveUpdate(List<TimelineRow> entries, long lastId, String phase, String phaseText, int phaseNumber,
            String status) {
    }

    /** The page's texts in its language. */
    private IncidentPageMessages messages() {
        return page.texts(IncidentPageMessages.class);
    }
}
