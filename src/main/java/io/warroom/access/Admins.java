package io.warroom.access;

import io.quarkus.runtime.StartupEvent;
import io.warroom.config.WarroomConfig;
import io.warroom.incident.Person;
import io.warroom.oncall.OnCallSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Admins (warroom.admins, WARROOM_ADMINS) may run every runbook action and give or take every role. So may a holder
 * of the API token (the admin credential of the REST API) and a web account with the admin role.
 */
@ApplicationScoped
public class Admins {

    private static final Logger LOG = Logger.getLogger(Admins.class);

    @Inject
    WarroomConfig config;

    @Inject
    OnCallSchedules schedules;

    /** A malformed entry stops Warroom at start: a typo must not leave an admin without rights unnoticed. */
    void check(@Observes StartupEvent event) {
        for (String admin : admins()) {
            if (!Identities.REFERENCE.matcher(admin).matches()) {
                throw new IllegalStateException("WARROOM_ADMINS: `" + admin + "` is neither a person id of the on-call "
                        + "file nor slack:<user id>, discord:<user id> or web:<user name>.");
            }
            if (!admin.contains(":") && schedules.current().person(admin).isEmpty()) {
                LOG.warnf("WARROOM_ADMINS names `%s`, who is not in the on-call file; they have no admin rights until "
                        + "the file lists them.", admin);
            }
        }
    }

    /** adminCredential: the API token, or a signed-in web admin (see {@code CommandContext#adminCredential}). */
    public boolean includes(Person actor, boolean adminCredential) {
        if (adminCredential) {
            return true;
        }
        return admins().stream().anyMatch(a -> Identities.matches(a, actor, schedules.current()));
    }

    private List<String> admins() {
        return config.admins().orElse(List.of()).stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}
