package io.warroom.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The parts of an incident people fill in while they respond: severity, roles, checklist, whys, action items. */
public final class ResponseRules {

    private ResponseRules() {
    }

    public static List<IncidentEvent> setSeverity(Incident incident, Severity severity, Person by, Instant now) {
        incident.requireNotClosed();
        List<IncidentEvent> events = new ArrayList<>();
        if (severity != incident.severity) {
            events.add(new IncidentEvent(TimelineKind.SEVERITY,
                    TimelineTexts.of(incident).severity(incident.severity.label(), severity.label())));
            incident.severity = severity;
        }
        tickByKey(incident, ChecklistKeys.SET_SEVERITY, by, now).ifPresent(events::add);
        incident.touch(now);
        return events;
    }

    public static List<IncidentEvent> assign(Incident incident, Role role, Person person, Person by, Instant now) {
        incident.requireNotClosed();
        List<IncidentEvent> events = new ArrayList<>();
        Person before = incident.roles.get(role);
        if (!person.equals(before)) {
            incident.roles.put(role, person);
            TimelineMessages texts = TimelineTexts.of(incident);
            String name = role.label(incident.language);
            events.add(new IncidentEvent(TimelineKind.ROLE, before == null ? texts.role(name, person.toString())
                    : texts.roleReplaced(name, person.toString(), before.toString())));
        }
        if (role == Role.COMMANDER) {
            tickByKey(incident, ChecklistKeys.NAME_COMMANDER, by, now).ifPresent(events::add);
        }
        incident.touch(now);
        return events;
    }

    public static List<IncidentEvent> tick(Incident incident, Phase phase, int position, boolean done, Person by,
            Instant now) {
        incident.requireNotClosed();
        List<ChecklistItem> items = incident.checklist(phase);
        if (position < 1 || position > items.size()) {
            throw new IncidentRuleException(TimelineTexts.of(incident).noChecklistItem(phase.label(incident.language),
                    items.size(), position));
        }
        ChecklistItem item = items.get(position - 1);
        if (item.done() == done) {
            return List.of();
        }
        setDone(item, done, by, now);
        incident.touch(now);
        TimelineMessages texts = TimelineTexts.of(incident);
        String name = phase.label(incident.language);
        return List.of(new IncidentEvent(TimelineKind.CHECKLIST, done ? texts.checked(name, position, item.text)
                : texts.unchecked(name, position, item.text)));
    }

    /** Ticks the step with this key in any phase, if it exists and is still open. */
    public static Optional<IncidentEvent> tickByKey(Incident incident, String key, Person by, Instant now) {
        for (ChecklistItem item : incident.checklist) {
            if (key.equals(item.key) && !item.done()) {
                setDone(item, true, by, now);
                return Optional.of(new IncidentEvent(TimelineKind.CHECKLIST, TimelineTexts.of(incident)
                        .checked(item.phase.label(incident.language), item.position, item.text)));
            }
        }
        return Optional.empty();
    }

    public static List<IncidentEvent> addWhy(Incident incident, String text, Person by, Instant now) {
        Why why = new Why(incident, incident.whys.size() + 1, text.strip(), by, now);
        incident.whys.add(why);
        incident.touch(now);
        List<IncidentEvent> events = new ArrayList<>();
        events.add(new IncidentEvent(TimelineKind.WHY, TimelineTexts.of(incident).why(why.position, why.text)));
        if (incident.whys.size() == 5) {
            tickByKey(incident, ChecklistKeys.FIVE_WHYS, by, now).ifPresent(events::add);
        }
        return events;
    }

    public static List<IncidentEvent> addAction(Incident incident, String text, Person owner, LocalDate due,
            String trackerUrl, Person by, Instant now) {
        ActionItem item = new ActionItem(incident, incident.actionItems.size() + 1, text.strip(), owner, due,
                trackerUrl, now);
        incident.actionItems.add(item);
        incident.touch(now);
        TimelineMessages texts = TimelineTexts.of(incident);
        String details = (owner == null ? "" : texts.actionOwner(owner.toString()))
                + (due == null ? "" : texts.actionDue(due.toString()));
        return List.of(new IncidentEvent(TimelineKind.ACTION_ITEM, texts.actionItem(item.number, item.text) + details,
                trackerUrl));
    }

    public static List<IncidentEvent> completeAction(Incident incident, int number, Instant now) {
        ActionItem item = incident.actionItems.stream().filter(a -> a.number == number).findFirst()
                .orElseThrow(() -> new IncidentRuleException(TimelineTexts.of(incident).noActionItem(incident.key(),
                        incident.actionItems.size(), number)));
        if (item.done()) {
            return List.of();
        }
        item.doneAt = now;
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.ACTION_ITEM,
                TimelineTexts.of(incident).actionDone(number, item.text)));
    }

    public static List<IncidentEvent> postUpdate(Incident incident, String text, Instant now) {
        incident.requireNotClosed();
        incident.lastUpdate = text.strip();
        incident.lastUpdateAt = now;
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.STATUS_UPDATE, incident.lastUpdate));
    }

    public static List<IncidentEvent> setImpact(Incident incident, String text, Instant now) {
        incident.requireNotClosed();
        incident.impact = text.strip();
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.NOTE, TimelineTexts.of(incident).impact(incident.impact)));
    }

    public static List<IncidentEvent> addLink(Incident incident, String url, String label, Instant now) {
        incident.links.add(new IncidentLink(url, label));
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.NOTE, TimelineTexts.of(incident).link(label == null ? url : label),
                url));
    }

    public static List<IncidentEvent> setTrigger(Incident incident, String text, Instant now) {
        incident.trigger = text.strip();
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.NOTE, TimelineTexts.of(incident).trigger(incident.trigger)));
    }

    public static List<IncidentEvent> retitle(Incident incident, String title, Instant now) {
        incident.requireNotClosed();
        String before = incident.title;
        if (before.equals(title)) {
            throw new IncidentRuleException(TimelineTexts.of(incident).alreadyTitled(incident.key(), title));
        }
        incident.title = title;
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.NOTE, TimelineTexts.of(incident).retitled(before, title)));
    }

    /** service null clears it. */
    public static List<IncidentEvent> setService(Incident incident, String service, Instant now) {
        incident.requireNotClosed();
        String before = incident.service;
        if (Objects.equals(before, service)) {
            TimelineMessages texts = TimelineTexts.of(incident);
            throw new IncidentRuleException(service == null ? texts.noServiceToClear(incident.key())
                    : texts.serviceAlready(incident.key(), service));
        }
        incident.service = service;
        incident.touch(now);
        TimelineMessages texts = TimelineTexts.of(incident);
        String was = before == null ? texts.noService() : before;
        return List.of(new IncidentEvent(TimelineKind.NOTE, service == null ? texts.serviceCleared(was)
                : texts.serviceSet(service, was)));
    }

    public static List<IncidentEvent> addLesson(Incident incident, Lesson.Kind kind, String text, Person by,
            Instant now) {
        Lesson lesson = new Lesson(incident, kind, text.strip(), by, now);
        incident.lessons.add(lesson);
        incident.touch(now);
        return List.of(new IncidentEvent(TimelineKind.NOTE,
                TimelineTexts.of(incident).lesson(kind.heading(incident.language), lesson.text)));
    }

    private static void setDone(ChecklistItem item, boolean done, Person by, Instant now) {
        item.doneAt = done ? now : null;
        item.doneBy = done ? by : null;
    }
}
