package io.warroom.webapp.incidents;

import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.IncidentSnapshot.ActionItemView;
import io.warroom.incident.IncidentSnapshot.ChecklistView;
import io.warroom.incident.IncidentSnapshot.WhyView;
import java.util.List;

/** Everything the incident page shows, read in one transaction. */
public record IncidentView(IncidentSnapshot incident, String severityClass, String phaseLabel, String phaseText,
        String statusLabel, String age, List<RoleRow> roles, List<PhaseStep> steps, List<ChecklistView> checklist,
        List<TimelineRow> timeline, List<KindOption> kinds, String selectedKind, long lastEntryId,
        List<WhyView> whys, List<ActionItemView> actions, String postmortemHtml, String postmortemError,
        List<SimilarRow> similar,
        /** When the impact began ("14:26 UTC") and how long before detection; null while it is not known. */
        String impactBegan, String impactBeforeDetection) {

    public record RoleRow(String label, String holder) {
    }

    public record KindOption(String id, String label, boolean selected) {
    }
}
