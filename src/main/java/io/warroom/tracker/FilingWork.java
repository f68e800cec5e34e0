package io.warroom.tracker;

import io.warroom.i18n.Bundles;
import io.warroom.chat.ChatMessage;
import io.warroom.chat.ChatOutbox;
import io.warroom.chat.ChatPlatform;
import io.warroom.chat.Delivery;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database side of filing and polling, each step in its own short transaction so no lock is held while a
 * tracker is called. Every state change is conditional on the state it expects, so a late or repeated answer
 * changes nothing.
 */
@ApplicationScoped
class FilingWork {

    private static final int ERROR_MAX = 1000;

    /** A filing to send: the row's tracker name and the issue to create. */
    record Pending(long id, String tracker, IssueDraft draft) {
    }

    /** A filed issue to check. */
    record Filed(long id, String tracker, String ref) {
    }

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Inject
    ChatOutbox outbox;

    @Inject
    WarroomConfig warroom;

    @Transactional
    public Optional<Pending> pending(long id) {
        TrackerIssue issue = em.find(TrackerIssue.class, id);
        if (issue == null || issue.status != TrackerIssue.Status.FILING) {
            return Optional.empty();
        }
        Incident incident = incidents.get(issue.incidentNumber);
        ActionItem item = item(incident, issue);
        return Optional.of(new Pending(id, issue.tracker, IssueDrafts.of(incident, item, issue.requestedBy,
                warroom.publicUrl().orElse(null))));
    }

    /** Writes the link on the item and says so on the timeline. */
    @Transactional
    public void filed(long id, Tracker tracker, FiledIssue filed, Instant now) {
        TrackerIssue issue = em.find(TrackerIssue.class, id);
        Incident incident = incidents.lock(issue.incidentNumber);
        em.refresh(issue);
        if (issue.status != TrackerIssue.Status.FILING) {
            return;
        }
        issue.status = TrackerIssue.Status.FILED;
        issue.issueRef = filed.ref();
        issue.issueUrl = filed.url();
        issue.filedAt = now;
        issue.lastError = null;
        ActionItem item = item(incident, issue);
        item.trackerUrl = filed.url();
        incidents.apply(incident, Person.system(), List.of(new IncidentEvent(TimelineKind.ACTION_ITEM,
                texts(incident).filed(item.number, filed.ref(), tracker.kind().label()), filed.url())));
    }

    /** Marks the filing refused and says why in the incident's rooms (the timeline note comes from the outbox). */
    @Transactional
    public void refused(long id, String error) {
        TrackerIssue issue = em.find(TrackerIssue.class, id);
        if (issue == null || issue.status != TrackerIssue.Status.FILING) {
            return;
        }
        issue.status = TrackerIssue.Status.FAILED;
        issue.lastError = clip(error);
        Incident incident = incidents.get(issue.incidentNumber);
        TrackerMessages texts = texts(incident);
        int number = item(incident, issue).number;
        String text = "⚠️ " + texts.notFiled(number, error) + " " + texts.fixHint(number);
        for (ChatPlatform platform : outbox.enabledPlatforms()) {
            boolean roomHere = platform.opensRooms() || incident.rooms.stream()
                    .anyMatch(r -> r.platform == platform.platform());
            if (roomHere) {
                outbox.enqueue(platform.platform(), incident.number, new Delivery.PostToRoom(ChatMessage.text(text)));
            }
        }
    }

    private static TrackerMessages texts(Incident incident) {
        return Bundles.in(TrackerMessages.class, incident.language);
    }

    /** Filed issues whose items are not done here, least recently checked first. */
    @Transactional
    public List<Filed> toCheck(int limit) {
        return em.createQuery("select t from TrackerIssue t, ActionItem a where a.id = t.actionItemId"
                + " and t.status = :filed and a.doneAt is null order by t.checkedAt asc nulls first, t.id",
                TrackerIssue.class).setParameter("filed", TrackerIssue.Status.FILED).setMaxResults(limit)
                .getResultStream().map(t -> new Filed(t.id, t.tracker, t.issueRef)).toList();
    }

    @Transactional
    public void checked(long id, Instant now, String error) {
        TrackerIssue issue = em.find(TrackerIssue.class, id);
        if (issue != null) {
            issue.checkedAt = now;
            issue.lastError = error == null ? null : clip(error);
        }
    }

    /** Closed in the tracker: the item is done here, and the timeline says who closed it where. */
    @Transactional
    public void closed(long id, Tracker tracker, IssueState state, Instant now) {
        TrackerIssue issue = em.find(TrackerIssue.class, id);
        Incident incident = incidents.lock(issue.incidentNumber);
        em.refresh(issue);
        if (issue.status != TrackerIssue.Status.FILED) {
            return;
        }
        issue.status = TrackerIssue.Status.CLOSED;
        issue.closedAt = now;
        issue.checkedAt = now;
        ActionItem item = item(incident, issue);
        if (item.done()) {
            return;
        }
        // The rule marks it done; the timeline says where that happened instead of its usual words.
        ResponseRules.completeAction(incident, item.number, now);
        TrackerMessages texts = texts(incident);
        incidents.apply(incident, Person.system(), List.of(new IncidentEvent(TimelineKind.ACTION_ITEM,
                texts.closedIn(item.number, issue.issueRef, tracker.kind().label())
                        + (state.how() == null ? "" : " " + state.how())
                        + (state.closedBy() == null ? "" : " " + texts.closedBy(state.closedBy())), issue.issueUrl)));
    }

    private static ActionItem item(Incident incident, TrackerIssue issue) {
        return incident.actionItems.stream().filter(a -> a.id == issue.actionItemId).findFirst()
                .orElseThrow(() -> new IllegalStateException("action item " + issue.actionItemId + " is gone"));
    }

    private static String clip(String error) {
        return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    }
}
