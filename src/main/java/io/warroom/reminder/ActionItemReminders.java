package io.warroom.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.ChatMessage;
import io.warroom.i18n.Bundles;
import io.warroom.reply.Reply;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.ActionItem;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentService;
import io.warroom.incident.IncidentStatus;
import io.warroom.incident.Person;
import io.warroom.incident.Platform;
import io.warroom.oncall.ChatReach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Once a day, after the postmortem (the incident resolved or closed), reminds the owners of overdue action items
 * until they are done: by direct message where the owner's chat id is known, else in the incident's room.
 */
@ApplicationScoped
public class ActionItemReminders {

    private static final Logger LOG = Logger.getLogger(ActionItemReminders.class);
    private static final int BUTTONS_MAX = 5;

    @Inject
    EntityManager em;

    @Inject
    ReminderConfig config;

    @Inject
    WarroomConfig warroom;

    @Inject
    IncidentService incidents;

    @Inject
    ChatReach reach;

    /** Reminds about every overdue item not reminded today, once the day's reminder time has come. */
    public int remindDue(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, warroom.timeZone());
        if (local.toLocalTime().isBefore(config.actionItemsAt())) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        List<Long> numbers = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select distinct a.incident.number from ActionItem a where a.doneAt is null and a.dueDate < :today"
                        + " and a.incident.status <> :open and not exists (select r from ActionItemReminder r"
                        + " where r.actionItemId = a.id and r.remindedOn >= :today)", Long.class)
                .setParameter("today", today).setParameter("open", IncidentStatus.OPEN).getResultList());
        int reminded = 0;
        for (long number : numbers) {
            try {
                reminded += QuarkusTransaction.requiringNew().call(() -> remind(number, today));
            } catch (RuntimeException e) {
                LOG.warnf("Action item reminder for INC-%d failed, will try again: %s", number, e.getMessage());
            }
        }
        return reminded;
    }

    private int remind(long number, LocalDate today) {
        Incident incident = incidents.lock(number);
        List<ActionItem> overdue = incident.actionItems.stream()
                .filter(a -> !a.done() && a.dueDate != null && a.dueDate.isBefore(today) && !remindedOn(a, today))
                .sorted(Comparator.comparingInt(a -> a.number)).toList();
        if (overdue.isEmpty() || incident.status == IncidentStatus.OPEN) {
            return 0;
        }
        Map<Person, List<ActionItem>> byOwner = new LinkedHashMap<>();
        List<ActionItem> forRoom = new ArrayList<>();
        for (ActionItem item : overdue) {
            if (item.owner != null && !reach.chatIds(item.owner).isEmpty()) {
                byOwner.computeIfAbsent(item.owner, o -> new ArrayList<>()).add(item);
            } else {
                forRoom.add(item);
            }
        }
        List<ActionItem> reminded = new ArrayList<>();
        byOwner.forEach((owner, items) -> {
            ReminderMessages texts = Bundles.in(ReminderMessages.class, incident.language);
            String heading = items.size() == 1 ? texts.overdueOne(incident.key(), incident.title)
                    : texts.overdueMany(items.size(), incident.key(), incident.title);
            ChatMessage message = ChatMessage.text(heading + "\n" + list(texts, items, today, false) + "\n"
                    + texts.markDoneHint(incident.key()));
            reach.chatIds(owner).forEach((platform, userId) -> reach.directMessage(platform, userId, message));
            reminded.addAll(items);
        });
        if (!forRoom.isEmpty() && !reach.roomPlatforms(incident).isEmpty()) {
            reach.postInRoom(incident, platform -> roomMessage(incident, forRoom, today, platform));
            reminded.addAll(forRoom);
        } else if (!forRoom.isEmpty()) {
            LOG.debugf("%s has overdue action items nobody can be reminded of in chat", incident.key());
        }
        for (ActionItem item : reminded) {
            ActionItemReminder row = em.find(ActionItemReminder.class, item.id);
            if (row == null) {
                em.persist(new ActionItemReminder(item.id, today));
            } else {
                row.remindedOn = today;
            }
        }
        return reminded.size();
    }

    private ChatMessage roomMessage(Incident incident, List<ActionItem> items, LocalDate today, Platform platform) {
        List<String> owners = items.stream().map(a -> a.owner).filter(Objects::nonNull).distinct()
                .map(owner -> reach.chatIds(owner).get(platform)).filter(Objects::nonNull).distinct().toList();
        String mentions = owners.stream().map(ChatReach::mention).collect(Collectors.joining(" "));
        ReminderMessages texts = Bundles.in(ReminderMessages.class, incident.language);
        List<Reply.Button> buttons = items.stream().limit(BUTTONS_MAX)
                .map(a -> new Reply.Button(texts.markDoneButton(a.number), "action done " + a.number,
                        Reply.ButtonStyle.DEFAULT)).toList();
        return new ChatMessage(texts.overdueInRoom(incident.key()) + "\n" + list(texts, items, today, true)
                + (mentions.isEmpty() ? "" : "\n" + mentions), List.of(), buttons, owners);
    }

    private static String list(ReminderMessages texts, List<ActionItem> items, LocalDate today, boolean withOwner) {
        return items.stream().map(a -> texts.overdueItem(a.number, a.text, a.dueDate.toString(),
                ChronoUnit.DAYS.between(a.dueDate, today))
                + (withOwner ? texts.owner(a.owner == null ? texts.noOwner() : a.owner.displayName) : "")
                + (a.trackerUrl == null ? "" : " " + a.trackerUrl)).collect(Collectors.joining("\n"));
    }

    private boolean remindedOn(ActionItem item, LocalDate today) {
        ActionItemReminder row = em.find(ActionItemReminder.class, item.id);
        return row != null && !row.remindedOn.isBefore(today);
    }
}
