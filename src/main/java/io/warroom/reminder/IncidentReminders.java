package io.warroom.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.ChatMessage;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.TimeTexts;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Platform;
import io.warroom.incident.Role;
import io.warroom.oncall.ChatReach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reminds an open incident's room when no status update was posted for the severity's interval, with Post update
 * and Snooze buttons, and nudges incidents in triage that still have no commander.
 */
@ApplicationScoped
public class IncidentReminders {

    private static final Logger LOG = Logger.getLogger(IncidentReminders.class);

    @Inject
    EntityManager em;

    @Inject
    ReminderConfig config;

    @Inject
    ReminderStates states;

    @Inject
    IncidentService incidents;

    @Inject
    ChatReach reach;

    /** Sends every reminder and nudge that is due; returns how many were sent. */
    public int remindDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> {
            List<Incident> open = em.createQuery("from Incident i where i.status = :s", Incident.class)
                    .setParameter("s", IncidentStatus.OPEN).getResultList();
            Map<Long, ReminderState> known = states.all(open.stream().map(i -> i.number).toList());
            return open.stream().filter(i -> {
                ReminderState state = known.get(i.number);
                return !updateDue(i, state).isAfter(now) || nudgeDue(i, state, now);
            }).map(i -> i.number).toList();
        });
        int sent = 0;
        for (long number : due) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> remind(number, now));
            } catch (RuntimeException e) {
                LOG.warnf("Reminder for INC-%d failed, will try again: %s", number, e.getMessage());
            }
        }
        return sent;
    }

    /** Checks again under the incident's lock, so two runs never remind twice. */
    private int remind(long number, Instant now) {
        Incident incident = incidents.lock(number);
        if (incident.status != IncidentStatus.OPEN) {
            return 0;
        }
        ReminderState state = states.of(number);
        int sent = 0;
        if (!updateDue(incident, state).isAfter(now)) {
            state.updateRemindedAt = now;
            state.snoozedUntil = null;
            remindUpdate(incident, now);
            sent++;
        }
        if (nudgeDue(incident, state, now)) {
            state.commanderNudgedAt = now;
            nudgeCommander(incident, now);
            sent++;
        }
        return sent;
    }

    private Instant updateDue(Incident incident, ReminderState state) {
        Instant lastUpdate = incident.lastUpdateAt != null ? incident.lastUpdateAt : incident.detectedAt;
        return ReminderRules.statusUpdateDue(lastUpdate, state == null ? null : state.updateRemindedAt,
                state == null ? null : state.snoozedUntil, config.statusUpdate().of(incident.severity));
    }

    private boolean nudgeDue(Incident incident, ReminderState state, Instant now) {
        if (incident.role(Role.COMMANDER).isPresent()) {
            return false;
        }
        return ReminderRules.commanderNudgeDue(incident.acknowledgedAt, state == null ? null : state.commanderNudgedAt,
                config.commanderAfter(), config.commanderEvery()).map(due -> !due.isAfter(now)).orElse(false);
    }

    private void remindUpdate(Incident incident, Instant now) {
        Duration every = config.statusUpdate().of(incident.severity);
        ReminderMessages texts = Bundles.in(ReminderMessages.class, incident.language);
        TimeTexts time = TimeTexts.in(incident.language);
        String since = incident.lastUpdateAt == null
                ? texts.noUpdateSinceOpened(time.duration(Duration.between(incident.detectedAt, now)))
                : texts.noUpdateFor(time.duration(Duration.between(incident.lastUpdateAt, now)));
        Map<Platform, String> commander = incident.role(Role.COMMANDER).map(reach::chatIds).orElse(Map.of());
        List<Reply.Button> buttons = List.of(
                new Reply.Button(texts.postUpdateButton(), "update", Reply.ButtonStyle.PRIMARY,
                        texts.statusUpdateTitle()),
                new Reply.Button(texts.snooze15mButton(), "snooze 15m", Reply.ButtonStyle.DEFAULT),
                new Reply.Button(texts.snooze1hButton(), "snooze 1h", Reply.ButtonStyle.DEFAULT));
        String severity = incident.severity.label();
        String everyText = time.duration(every);
        reach.postInRoom(incident, platform -> {
            Optional<String> who = commander.containsKey(platform)
                    ? Optional.of(ChatReach.mention(commander.get(platform)))
                    : incident.role(Role.COMMANDER).map(c -> c.displayName);
            String text = who.map(w -> texts.updateDueFor(incident.key(), since, severity, everyText, w))
                    .orElseGet(() -> texts.updateDue(incident.key(), since, severity, everyText));
            return new ChatMessage(text, List.of(), buttons,
                    commander.containsKey(platform) ? List.of(commander.get(platform)) : List.of());
        });
    }

    private void nudgeCommander(Incident incident, Instant now) {
        ReminderMessages texts = Bundles.in(ReminderMessages.class, incident.language);
        String since = TimeTexts.in(incident.language).duration(Duration.between(incident.acknowledgedAt, now));
        reach.postInRoom(incident, platform -> new ChatMessage(texts.noCommander(incident.key(), since), List.of(),
                List.of(new Reply.Button(texts.takeCommanderButton(), "role commander me",
                        Reply.ButtonStyle.PRIMARY))));
    }
}
