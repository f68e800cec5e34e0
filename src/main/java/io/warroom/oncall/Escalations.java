package io.warroom.oncall;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.ChatMessage;
import io.warroom.i18n.TimeTexts;
import io.warroom.incident.ChecklistKeys;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Person;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Pages the on-call of an incident's service when it opens, then the next level of the team's escalation policy
 * each time a level's wait passes without an acknowledgement, until someone acknowledges, the incident is resolved,
 * or every level has been paged. Each step is stored, so the job is idempotent and survives restarts.
 */
@ApplicationScoped
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class);

    @Inject
    EntityManager em;

    @Inject
    OnCallSchedules schedules;

    @Inject
    OnCallConfig config;

    @Inject
    Pager pager;

    @Inject
    ChatReach reach;

    @Inject
    Timeline timeline;

    @Inject
    IncidentService incidents;

    @Inject
    Event<EscalationPaged> paged;

    /** Starts paging in the caller's transaction, if the incident is severe enough and was not paged yet. */
    public void start(Incident incident, Instant now) {
        if (!schedules.configured() || incident.status != IncidentStatus.OPEN
                || incident.severity.level() > config.pageUpTo().level()
                || em.find(Escalation.class, incident.number) != null) {
            return;
        }
        OnCallDirectory directory = schedules.current();
        Optional<Team> team = directory.teamFor(incident.service);
        if (team.isEmpty()) {
            PageMessages texts = PageTexts.in(incident.language);
            String text = incident.service == null ? texts.nobodyNoService() : texts.nobodyNoTeam(incident.service);
            timeline.recordOnce(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE, text), now,
                    "escalation:nobody");
            return;
        }
        Escalation escalation = new Escalation(incident.number, team.get().name(), now);
        em.persist(escalation);
        pageStep(incident, team.get(), escalation, 0, now);
        if (incident.acknowledgedAt != null) {
            // Raised to a paging severity after someone had acknowledged: tell the owner, but nobody to escalate to.
            escalation.end(Escalation.State.ACKNOWLEDGED, now);
        }
        ResponseRules.tickByKey(incident, ChecklistKeys.PAGE_ONCALL, Person.system(), now)
                .ifPresent(event -> timeline.record(incident, Person.system(), event));
    }

    /** Runs every escalation step that is due; each incident in its own transaction. Returns how many were due. */
    public int escalateDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select e.incidentNumber from Escalation e where e.state = :s and e.nextStepAt <= :now"
                        + " order by e.nextStepAt", Long.class)
                .setParameter("s", Escalation.State.ACTIVE).setParameter("now", now).setMaxResults(200)
                .getResultList());
        for (long number : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> escalate(number, now));
            } catch (RuntimeException e) {
                LOG.warnf("Escalation of INC-%d failed, will try again: %s", number, e.getMessage());
            }
        }
        return due.size();
    }

    /** Ends the escalation once the incident is acknowledged, resolved or closed; in the caller's transaction. */
    public void stopIfAnswered(Incident incident, Instant now) {
        Escalation escalation = em.find(Escalation.class, incident.number);
        if (escalation != null && escalation.state == Escalation.State.ACTIVE) {
            stopIfAnswered(incident, escalation, now);
        }
    }

    public Optional<Escalation> of(long incidentNumber) {
        return Optional.ofNullable(em.find(Escalation.class, incidentNumber));
    }

    private void escalate(long number, Instant now) {
        Incident incident = incidents.lock(number);
        Escalation escalation = em.find(Escalation.class, number);
        if (escalation == null || escalation.state != Escalation.State.ACTIVE || escalation.nextStepAt == null
                || escalation.nextStepAt.isAfter(now) || stopIfAnswered(incident, escalation, now)) {
            return;
        }
        Optional<Team> team = schedules.current().team(escalation.team);
        if (team.isEmpty()) {
            escalation.end(Escalation.State.STOPPED, now);
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE,
                    PageTexts.in(incident.language).stoppedTeamGone(escalation.team)));
            return;
        }
        int next = escalation.step + 1;
        if (team.get().escalation().step(next).isEmpty()) {
            exhausted(incident, team.get(), escalation, now);
            return;
        }
        pageStep(incident, team.get(), escalation, next, now);
    }

    private void pageStep(Incident incident, Team team, Escalation escalation, int step, Instant now) {
        EscalationPolicy policy = team.escalation();
        EscalationLevel level = policy.step(step).orElseThrow();
        List<OnCallPerson> people = team.paged(level, now);
        PageMessages texts = PageTexts.in(incident.language);
        String position = policy.repeat() > 0
                ? texts.positionWithPass(policy.levelNumber(step), policy.levels().size(), policy.pass(step),
                        policy.repeat() + 1)
                : texts.position(policy.levelNumber(step), policy.levels().size());
        boolean last = policy.step(step + 1).isEmpty();
        String wait = PageTexts.waitText(level.ackWait(), incident.language);
        String then = last ? texts.thenLast(wait) : texts.thenNext(wait);
        String names = Pager.names(people);
        String timelineText = step == 0 ? texts.pagedFirst(names, team.name(), level.label(), position, then)
                : texts.escalated(PageTexts.waitText(Duration.between(escalation.stepPagedAt, now), incident.language),
                        names, team.name(), level.label(), position, then);
        String roomReason = step == 0 ? texts.roomReasonFirst(team.name(), position, then)
                : texts.roomReasonEscalated(team.name(), position, then);
        String directReason = step == 0 ? texts.directReasonFirst(team.name(), level.label(), position)
                : texts.directReasonEscalated(team.name(), level.label(), position);
        pager.page(incident, people, new Pager.Page("escalation:step:" + step, timelineText, roomReason,
                directReason), now);
        paged.fire(new EscalationPaged(policy.levelNumber(step)));
        escalation.step = step;
        escalation.stepPagedAt = now;
        escalation.nextStepAt = now.plus(level.ackWait());
    }

    private void exhausted(Incident incident, Team team, Escalation escalation, Instant now) {
        escalation.end(Escalation.State.EXHAUSTED, now);
        EscalationPolicy policy = team.escalation();
        String text = PageTexts.in(incident.language).exhausted(policy.steps(), team.name(),
                TimeTexts.in(incident.language).duration(Duration.between(escalation.startedAt, now)));
        if (timeline.recordOnce(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE, text), now,
                "escalation:exhausted").isPresent()) {
            reach.postInRoom(incident, platform -> ChatMessage.text("⚠️ " + text));
        }
    }

    private boolean stopIfAnswered(Incident incident, Escalation escalation, Instant now) {
        PageMessages texts = PageTexts.in(incident.language);
        String took = TimeTexts.in(incident.language).duration(Duration.between(escalation.startedAt, now));
        if (incident.acknowledgedAt != null) {
            escalation.end(Escalation.State.ACKNOWLEDGED, now);
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE,
                    texts.stoppedAcknowledged(String.valueOf(incident.acknowledgedBy), took)));
            return true;
        }
        if (incident.status != IncidentStatus.OPEN) {
            escalation.end(Escalation.State.RESOLVED, now);
            timeline.record(incident, Person.system(), new IncidentEvent(TimelineKind.PAGE,
                    texts.stoppedStatus(incident.status.label(incident.language))));
            return true;
        }
        return false;
    }
}
