package io.warroom.oncall;

import io.warroom.config.WarroomConfig;
import io.warroom.i18n.Language;
import io.warroom.incident.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A team's {@code language} from the on-call file, else WARROOM_LANGUAGE. */
@ApplicationScoped
public class TeamLanguages implements Languages {

    @Inject
    OnCallSchedules schedules;

    @Inject
    WarroomConfig config;

    @Override
    public Language forService(String service) {
        return schedules.current().teamFor(service).map(Team::language).orElse(fallback());
    }

    @Override
    public Language fallback() {
        return config.language();
    }
}
