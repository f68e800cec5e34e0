package io.warroom.access;

import io.warroom.command.CommandScope;
import io.warroom.command.CommanderRights;
import io.warroom.incident.Role;
import io.warroom.oncall.OnCallSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The commander by chat user id (directly or through the on-call file), or an admin, may act for the commander. */
@ApplicationScoped
class CommanderOrAdmin implements CommanderRights {

    @Inject
    OnCallSchedules schedules;

    @Inject
    Admins admins;

    @Override
    public boolean isCommanderOrAdmin(CommandScope scope) {
        return Identities.same(scope.incident().roles.get(Role.COMMANDER), scope.actor(), schedules.current())
                || admins.includes(scope.actor(), scope.context().adminCredential());
    }
}
