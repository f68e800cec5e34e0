package io.warroom.incident;

import java.util.List;

/** The checklist each phase starts with. */
public interface Playbook {

    List<PlaybookStep> checklist(Phase phase);
}
