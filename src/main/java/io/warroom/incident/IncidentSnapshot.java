package io.warroom.incident;

import io.warroom.i18n.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A read-only copy of an incident, safe to hand to renderers outside the transaction. */
public record IncidentSnapshot(
        long number,
        String key,
        String title,
        Severity severity,
        String service,
        IncidentStatus status,
        Phase phase,
        String description,
        String impact,
        String summary,
        String trigger,
        Map<Role, PersonView> roles,
        PersonView openedBy,
        PersonView acknowledgedBy,
        Milestones milestones,
        String lastUpdate,
        Instant lastUpdateAt,
        List<ChecklistView> checklist,
        List<WhyView> whys,
        List<ActionItemView> actionItems,
        List<LessonView> lessons,
        List<LinkView> links,
        List<RoomView> rooms,
        Language language) {

    public record PersonView(Platform platform, String userId, String displayName) {
        static PersonView of(Person p) {
            return p == null ? null : new PersonView(p.platform, p.userId, p.displayName);
        }
    }

    public record Milestones(Instant started, Instant detected, Instant acknowledged, Instant mitigated,
            Instant resolved, Instant closed, Instant updated) {

        /** Empty while the impact start is not known (not before detection). */
        public Optional<Duration> timeToDetect() {
            return ImpactStart.beforeDetection(started, detected);
        }

        public Optional<Duration> timeToAcknowledge() {
            return between(detected, acknowledged);
        }

        public Optional<Duration> timeToMitigate() {
            return between(detected, mitigated);
        }

        public Optional<Duration> timeToResolve() {
            return between(detected, resolved);
        }

        private static Optional<Duration> between(Instant from, Instant to) {
            return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
        }
    }

    public record ChecklistView(Phase phase, int position, String key, String text, boolean done, Instant doneAt,
            PersonView doneBy) {
    }

    public record WhyView(int position, String text, PersonView author, Instant createdAt) {
    }

    public record ActionItemView(int number, String text, PersonView owner, LocalDate due, String trackerUrl,
            boolean done, Instant doneAt) {
    }

    public record LessonView(Lesson.Kind kind, String text, PersonView author) {
    }

    public record LinkView(String url, String label) {
    }

    public record RoomView(long id, Platform platform, String channelId, String channelName, String url,
            String cardMessageId, boolean archived) {
    }

    public static IncidentSnapshot of(Incident i) {
        Map<Role, PersonView> roles = new TreeMap<>();
        i.roles.forEach((role, person) -> roles.put(role, PersonView.of(person)));
        return new IncidentSnapshot(i.number, i.key(), i.title, i.severity, i.service, i.status, i.phase,
                i.description, i.impact, i.summary, i.trigger, roles, PersonView.of(i.openedBy), PersonView.of(i.acknowledgedBy),
                new Milestones(i.startedAt, i.detectedAt, i.acknowledgedAt, i.mitigatedAt, i.resolvedAt, i.closedAt,
                        i.updatedAt),
                i.lastUpdate, i.lastUpdateAt,
                i.checklist.stream().sorted(Comparator.comparing((ChecklistItem c) -> c.phase)
                        .thenComparingInt(c -> c.position)).map(c -> new ChecklistView(c.phase, c.position, c.key, c.text, c.done(),
                        c.doneAt, PersonView.of(c.doneBy))).toList(),
                i.whys.stream().sorted(Comparator.comparingInt(w -> w.position)).map(w -> new WhyView(w.position, w.text, PersonView.of(w.author), w.createdAt))
                        .toList(),
                i.actionItems.stream().sorted(Comparator.comparingInt(a -> a.number)).map(a -> new ActionItemView(a.number, a.text, PersonView.of(a.owner),
                        a.dueDate, a.trackerUrl, a.done(), a.doneAt)).toList(),
                i.lessons.stream().sorted(Comparator.comparing(l -> l.id)).map(l -> new LessonView(l.kind, l.text, PersonView.of(l.author))).toList(),
                i.links.stream().map(l -> new LinkView(l.url, l.label)).toList(),
                i.rooms.stream().sorted(Comparator.comparing(r -> r.id)).map(r -> new RoomView(r.id, r.platform, r.channelId, r.channelName, r.url,
                        r.cardMessageId, r.archivedAt != null)).toList(),
                i.language);
    }

    public Optional<PersonView> role(Role role) {
        return Optional.ofNullable(roles.get(role));
    }

    public List<ChecklistView> checklist(Phase of) {
        return checklist.stream().filter(c -> c.phase() == of).toList();
    }

    public boolean acknowledged() {
        return milestones.acknowledged() != null;
    }
}
