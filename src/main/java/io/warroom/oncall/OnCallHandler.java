package io.warroom.oncall;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** {@code oncall [service]}: who is on call now and who is next, per rotation, and the escalation policy. */
@ApplicationScoped
class OnCallHandler implements CommandHandler<Command.OnCall> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    @Inject
    OnCallSchedules schedules;

    @Inject
    IncidentService incidents;

    @Override
    public Class<Command.OnCall> handles() {
        return Command.OnCall.class;
    }

    @Override
    public Reply handle(Command.OnCall command, CommandScope scope) {
        if (!schedules.configured()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, "No on-call schedule is configured: set WARROOM_ONCALL_FILE "
                    + "to the schedule's YAML file (see docs/oncall-and-runbooks.md).");
        }
        OnCallDirectory directory = schedules.current();
        String service = serviceAsked(command, scope);
        if (service == null) {
            if (directory.teams().isEmpty()) {
                return Reply.ok("The on-call file lists no teams.");
            }
            StringBuilder text = new StringBuilder();
            for (Team team : directory.allTeams()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(describe(team, scope.now()));
            }
            return Reply.ok(text.toString());
        }
        Optional<Team> team = directory.teamFor(service);
        if (team.isEmpty()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, "No team in the on-call file lists service `" + service
                    + "`. Teams: " + String.join("; ", directory.allTeams().stream()
                            .map(t -> t.name() + " (" + String.join(", ", t.services()) + ")").toList()) + ".");
        }
        String via = directory.lists(service) ? "" : "No team lists `" + service + "`; the default team answers.\n";
        return Reply.ok(via + describe(team.get(), scope.now()));
    }

    private String serviceAsked(Command.OnCall command, CommandScope scope) {
        if (command.service() != null && IncidentKey.isKey(command.service())) {
            return incidents.get(IncidentKey.parse(command.service()).orElseThrow()).service;
        }
        if (command.service() != null) {
            return command.service();
        }
        return scope.context().room()
                .flatMap(room -> incidents.numberOfRoom(room.platform(), room.channelId()))
                .flatMap(incidents::find).map((Incident incident) -> incident.service).orElse(null);
    }

    static String describe(Team team, Instant now) {
        StringBuilder text = new StringBuilder("On call for " + team.name()
                + (team.services().isEmpty() ? "" : " (" + String.join(", ", team.services()) + ")") + ":");
        for (Rotation rotation : team.rotations().values()) {
            Shift current = team.onCall(rotation.name(), now);
            Shift next = team.onCall(rotation.name(), current.until());
            text.append("\n• ").append(rotation.name()).append(": ").append(current.person().name())
                    .append(current.override() ? " (override)" : "").append(" until ")
                    .append(when(current.until(), rotation.zone())).append(", then ").append(next.person().name())
                    .append(next.override() ? " (override)" : "");
        }
        text.append("\nEscalation: ").append(team.escalation().describe());
        return text.toString();
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone)) + " " + zone.getId();
    }
}
