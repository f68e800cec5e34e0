package io.warroom.incident;

import io.warroom.i18n.Language;
import java.util.List;

/** The checklist each phase starts with. */
public interface Playbook {

    /** The steps in the language of the incident that gets them; a team's own words come as written. */
    List<PlaybookStep> checklist(Phase phase, Language language);
}
