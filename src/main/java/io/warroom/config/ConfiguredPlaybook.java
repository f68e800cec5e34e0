package io.warroom.config;

import io.warroom.incident.Phase;
import io.warroom.incident.Playbook;
import io.warroom.incident.PlaybookStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The phase checklists from configuration (defaults in application.properties). */
@ApplicationScoped
public class ConfiguredPlaybook implements Playbook {

    @Inject
    WarroomConfig config;

    @Override
    public List<PlaybookStep> checklist(Phase phase) {
        WarroomConfig.Checklists lists = config.checklist();
        List<WarroomConfig.Step> steps = switch (phase) {
            case DETECT -> lists.detect();
            case TRIAGE -> lists.triage();
            case MITIGATE -> lists.mitigate();
            case RCA -> lists.rca();
            case RECOVER -> lists.recover();
            case POSTMORTEM -> lists.postmortem();
        };
        return steps.stream().map(s -> new PlaybookStep(s.key().orElse(null), s.text())).toList();
    }
}
