package io.warroom.access;

import io.warroom.oncall.Pager;
import io.warroom.i18n.Bundles;
import io.warroom.command.Command;
import io.warroom.command.CommandHandler;
import io.warroom.command.CommandScope;
import io.warroom.command.CommanderRights;
import io.warroom.reply.Reply;
import io.warroom.incident.Incident;
import io.warroom.incident.IncidentEvent;
import io.warroom.incident.IncidentService;
import io.warroom.incident.Person;
import io.warroom.incident.ResponseRules;
import io.warroom.incident.Role;
import io.warroom.incident.Timeline;
import io.warroom.incident.TimelineKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code role <role> <user>}. Anyone may take a role nobody holds. Taking a role from someone else, or giving one to
 * another person, is for the commander, the on-call of the incident's service (with the levels its escalation paged)
 * and admins. Changes and refusals both go on the timeline.
 */
@ApplicationScoped
class RoleHandler implements CommandHandler<Command.AssignRole> {

    @Inject
    IncidentService incidents;

    @Inject
    Timeline timeline;

    @Inject
    CommanderRights rights;

    @Inject
    OnCallNow onCall;

    @Override
    public Class<Command.AssignRole> handles() {
        return Command.AssignRole.class;
    }

    @Override
    public Reply handle(Command.AssignRole command, CommandScope scope) {
        Incident incident = scope.incident();
        incident.requireNotClosed();
        Person actor = scope.actor();
        Person holder = incident.roles.get(command.role());
        Person person = command.user().resolve(actor);
        boolean self = command.user().self() || (Identities.isVerifiedUser(person) && person.sameAs(actor));
        boolean takesFreeRole = holder == null && self;
        if (!takesFreeRole && !person.equals(holder)) {
            String refusal = refusal(scope, command.role(), holder, person, self);
            if (refusal != null) {
                timeline.record(incident, actor, new IncidentEvent(TimelineKind.ROLE, "⛔ " + refusal));
                return Reply.error(Reply.Outcome.REFUSED, refusal);
            }
        }
        List<IncidentEvent> events = ResponseRules.assign(incident, command.role(), person, actor, scope.now());
        incidents.apply(incident, actor, events);
        return events.isEmpty()
                ? Reply.ok(said(incident).roleAlreadyHeld(command.role().label(incident.language), incident.key(),
                        String.valueOf(holder)))
                : Reply.ok(String.join("\n", events.stream().map(IncidentEvent::text).toList()));
    }

    /** Null when the actor may make this change; otherwise why not, in one line naming who may. */
    private String refusal(CommandScope scope, Role role, Person holder, Person person, boolean self) {
        if (rights.isCommanderOrAdmin(scope)) {
            return null;
        }
        Incident incident = scope.incident();
        Person actor = scope.actor();
        Person commander = incident.roles.get(Role.COMMANDER);
        OnCallNow.Duty duty = onCall.of(incident.service, incident, scope.now());
        if (duty.includes(actor)) {
            return null;
        }
        AccessMessages said = said(incident);
        String who = commander == null ? said.nobodyYet() : commander.toString();
        String onCall = said.dutyOf(duty.service() == null ? said.defaultTeam() : duty.service(),
                duty.people().isEmpty() ? said.nobody() : Pager.names(duty.people()));
        if (self) {
            return said.roleRefusedTake(actor.toString(), role.id(), String.valueOf(holder), incident.key(), who, onCall);
        }
        return holder == null
                ? said.roleRefusedGive(actor.toString(), role.id(), person.toString(), incident.key(), who, onCall)
                : said.roleRefusedReplace(actor.toString(), role.id(), person.toString(), holder.toString(),
                        incident.key(), who, onCall);
    }

    private static AccessMessages said(Incident incident) {
        return Bundles.in(AccessMessages.class, incident.language);
    }
}
