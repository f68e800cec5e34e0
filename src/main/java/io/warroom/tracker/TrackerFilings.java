package io.warroom.tracker;

import io.warroom.chat.ChatOutbox;
import io.warroom.chat.OutboxMessage;
import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks for action items to be filed: a tracker_issue row and an outbox message, in the transaction that holds the
 * incident's lock, so asking twice (from anywhere, on any instance) queues one filing.
 */
@ApplicationScoped
public class TrackerFilings {

    static final String DESTINATION = "tracker";
    static final String KIND = "FileIssue";

    /** What became of a request to file. */
    public sealed interface Outcome {
        record Queued(Tracker tracker) implements Outcome {
        }

        record AlreadyFiled(String ref, String url) implements Outcome {
        }

        record BeingFiled(String tracker) implements Outcome {
        }

        /** The item was given a link by hand (action … link:…). */
        record AlreadyLinked(String url) implements Outcome {
        }

        record Done() implements Outcome {
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ChatOutbox outbox;

    /** Files the item in tracker unless it is filed, being filed, linked or done. The incident must be locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome request(Incident incident, ActionItem item, Tracker tracker, Person by, Instant now) {
        Optional<TrackerIssue> existing = of(item);
        if (existing.isPresent() && existing.get().status != TrackerIssue.Status.FAILED && !stuck(existing.get())) {
            TrackerIssue issue = existing.get();
            return issue.status == TrackerIssue.Status.FILING ? new Outcome.BeingFiled(issue.tracker)
                    : new Outcome.AlreadyFiled(issue.issueRef, issue.issueUrl);
        }
        if (item.trackerUrl != null) {
            return new Outcome.AlreadyLinked(item.trackerUrl);
        }
        if (item.done()) {
            return new Outcome.Done();
        }
        TrackerIssue issue = existing.orElseGet(TrackerIssue::new);
        issue.actionItemId = item.id;
        issue.incidentNumber = incident.number;
        issue.tracker = tracker.name();
        issue.kind = tracker.kind();
        issue.status = TrackerIssue.Status.FILING;
        issue.requestedBy = by.displayName == null ? "someone" : by.displayName;
        issue.requestedAt = now;
        issue.lastError = null;
        if (issue.id == null) {
            em.persist(issue);
            em.flush();
        }
        outbox.enqueue(DESTINATION, incident.number, KIND, payload(issue));
        return new Outcome.Queued(tracker);
    }

    /** A filing whose outbox message ended without an answer recorded (Warroom failed, not the tracker). */
    private boolean stuck(TrackerIssue issue) {
        return issue.status == TrackerIssue.Status.FILING && em.createQuery("select count(m) from OutboxMessage m"
                + " where m.lane = :lane and m.payload = :payload and m.status = :pending", Long.class)
                .setParameter("lane", DESTINATION + ":" + IncidentKey.of(issue.incidentNumber))
                .setParameter("payload", payload(issue)).setParameter("pending", OutboxMessage.Status.PENDING)
                .getSingleResult() == 0;
    }

    private static String payload(TrackerIssue issue) {
        return "{\"tracker_issue\":" + issue.id + "}";
    }

    Optional<TrackerIssue> of(ActionItem item) {
        return em.createQuery("from TrackerIssue t where t.actionItemId = :item", TrackerIssue.class)
                .setParameter("item", item.id).getResultStream().findFirst();
    }
}
