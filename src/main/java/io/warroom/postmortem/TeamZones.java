package io.warroom.postmortem;

import java.time.ZoneId;

/** Where the team owning a service works, so its postmortem's timeline shows local time beside UTC. */
public interface TeamZones {

    /** The owning team's zone; UTC when no team owns the service (null: no service). */
    ZoneId forService(String service);
}
