package io.warroom.oncall;

import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.incident.Languages;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** {@code oncall [service]}: who is on call now and who is next, per rotation, and the escalation policy. */
@ApplicationScoped
class OnCallHandler implements CommandHandler<Command.OnCall> {

    @Inject
    OnCallSchedules schedules;

    @Inject
    IncidentService incidents;

    @Inject
    Languages languages;

    @Override
    public Class<Command.OnCall> handles() {
        return Command.OnCall.class;
    }

    /** In the language of the team named (through its service), else Warroom's. */
    @Override
    public Reply handle(Command.OnCall command, CommandScope scope) {
        if (!schedules.configured()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, Bundles.in(OnCallMessages.class, languages.fallback())
                    .notConfigured());
        }
        OnCallDirectory directory = schedules.current();
        String service = serviceAsked(command, scope);
        if (service == null) {
            OnCallMessages said = Bundles.in(OnCallMessages.class, languages.fallback());
            if (directory.teams().isEmpty()) {
                return Reply.ok(said.noTeams());
            }
            StringBuilder text = new StringBuilder();
            for (Team team : directory.allTeams()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(describe(team, scope.now(), said,
                        languages.fallback()));
            }
            return Reply.ok(text.toString());
        }
        Language language = languages.forService(service);
        OnCallMessages said = Bundles.in(OnCallMessages.class, language);
        Optional<Team> team = directory.teamFor(service);
        if (team.isEmpty()) {
            return Reply.error(Reply.Outcome.NOT_FOUND, said.noTeamFor(service, String.join("; ",
                    directory.allTeams().stream().map(t -> t.name() + " (" + String.join(", ", t.services()) + ")")
                            .toList())));
        }
        String via = directory.lists(service) ? "" : said.defaultTeamAnswers(service) + "\n";
        return Reply.ok(via + describe(team.get(), scope.now(), said, language));
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

    static String describe(Team team, Instant now, OnCallMessages said, Language language) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(said.whenPattern(), language.locale());
        StringBuilder text = new StringBuilder(said.heading(team.name(), String.join(", ", team.services())));
        for (Rotation rotation : team.rotations().values()) {
            Shift current = team.onCall(rotation.name(), now);
            Shift next = team.onCall(rotation.name(), current.until());
            text.append("\n").append(said.shift(rotation.name(), current.person().name(), current.override(),
                    when.format(current.until().atZone(rotation.zone())) + " " + rotation.zone().getId(),
                    next.person().name(), next.override()));
        }
        text.append("\n").append(said.escalation(team.escalation().chain(), team.escalation().repeats()));
        return text.toString();
    }
}
