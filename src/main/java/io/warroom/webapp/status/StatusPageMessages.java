package io.warroom.webapp.status;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the public status page, its JSON-free parts and its Atom feed. Templates read them as {@code status:…}. */
@MessageBundle("status")
public interface StatusPageMessages {

    @Message("{#when state}{#is OPERATIONAL}Operational{#is DEGRADED}Degraded performance"
            + "{#is PARTIAL_OUTAGE}Partial outage{#is MAJOR_OUTAGE}Major outage{/when}")
    String serviceState(ServiceState state);

    @Message("{#when state}{#is INVESTIGATING}Investigating{#is IDENTIFIED}Identified{#is MONITORING}Monitoring"
            + "{#is RESOLVED}Resolved{/when}")
    String publicState(PublicState state);

    @Message("{#when state}{#is OPERATIONAL}All systems operational{#is DEGRADED}Some systems have degraded "
            + "performance{#is PARTIAL_OUTAGE}Some systems are partly down{#is MAJOR_OUTAGE}Some systems are down"
            + "{/when}")
    String overall(ServiceState state);

    /** An incident's public name: how bad it is and where, never its internal title. */
    @Message("{#if service}{#when impact}{#is DEGRADED}Degraded performance{#is PARTIAL_OUTAGE}Partial outage"
            + "{#is MAJOR_OUTAGE}Major outage{#else}Incident{/when}: {service}{#else}Service disruption{/if}")
    String incidentName(ServiceState impact, String service);

    @Message("Service status")
    String defaultTitle();

    @Message("Status")
    String defaultLogoText();

    @Message("Language")
    String language();

    @Message("Services")
    String services();

    @Message("No services to list yet.")
    String noServices();

    @Message("Current incidents")
    String currentIncidents();

    @Message("No public updates yet; we are looking into it.")
    String noUpdatesYet();

    @Message("Started {time}")
    String started(String time);

    @Message("Resolved {time}")
    String resolvedAt(String time);

    @Message("Last {days} days")
    String history(int days);

    @Message("{date}: {#when state}{#is OPERATIONAL}Operational{#is DEGRADED}Degraded performance"
            + "{#is PARTIAL_OUTAGE}Partial outage{#is MAJOR_OUTAGE}Major outage{/when}")
    String dayState(java.time.LocalDate date, ServiceState state);

    @Message("Today")
    String today();

    @Message("Past incidents")
    String pastIncidents();

    @Message("No incidents in the last {days} days.")
    String noPastIncidents(int days);

    @Message("Updated {time}")
    String generatedAt(String time);

    @Message("Subscribe: Atom feed")
    String atomFeed();

    @Message("JSON")
    String json();
}
