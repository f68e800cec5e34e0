package io.warroom.oncall;

import io.warroom.postmortem.TeamZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A team's {@code zone} from the on-call file (the file's zone when the team names none). */
@ApplicationScoped
public class OnCallTeamZones implements TeamZones {

    @Inject
    OnCallSchedules schedules;

    @Override
    public ZoneId forService(String service) {
        return schedules.current().teamFor(service).map(Team::zone).orElse(ZoneOffset.UTC);
    }
}
