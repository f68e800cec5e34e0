package io.warroom.config;

import io.quarkus.runtime.Startup;
import io.warroom.i18n.Language;
import io.warroom.incident.Phase;
import io.warroom.incident.Playbook;
import io.warroom.incident.PlaybookStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The phase checklists from configuration. A step with a text of its own is used as written, in every language; a
 * step with only a key takes the default text for that key in the incident's language.
 */
@Startup
@ApplicationScoped
public class ConfiguredPlaybook implements Playbook {

    private static final String DEFAULT_TEXTS = "io.warroom.config.checklist";

    @Inject
    WarroomConfig config;

    /** A step with neither text nor a known key would show up empty in every incident: refuse to start instead. */
    @PostConstruct
    void checkEverySpeaks() {
        List<String> problems = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            problems.addAll(unspoken(phase, steps(phase)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    static List<String> unspoken(Phase phase, List<WarroomConfig.Step> steps) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            WarroomConfig.Step step = steps.get(i);
            if (step.text().isEmpty() && step.key().map(k -> !defaultTexts(Language.EN).containsKey(k)).orElse(true)) {
                problems.add("warroom.checklist." + phase.id() + "[" + i + "] needs a text: "
                        + step.key().map(k -> "`" + k + "` is not a default step's key").orElse("it has no key"));
            }
        }
        return problems;
    }

    @Override
    public List<PlaybookStep> checklist(Phase phase, Language language) {
        ResourceBundle defaults = defaultTexts(language);
        return steps(phase).stream().map(s -> new PlaybookStep(s.key().orElse(null),
                s.text().orElseGet(() -> defaults.getString(s.key().orElseThrow())))).toList();
    }

    private List<WarroomConfig.Step> steps(Phase phase) {
        WarroomConfig.Checklists lists = config.checklist();
        return switch (phase) {
            case DETECT -> lists.detect();
            case TRIAGE -> lists.triage();
            case MITIGATE -> lists.mitigate();
            case RCA -> lists.rca();
            case RECOVER -> lists.recover();
            case POSTMORTEM -> lists.postmortem();
        };
    }

    static ResourceBundle defaultTexts(Language language) {
        try {
            // No fallback to the JVM's own locale: English is the base file, Korean its _ko file.
            return ResourceBundle.getBundle(DEFAULT_TEXTS, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the default checklist texts are missing from the build", e);
        }
    }
}
