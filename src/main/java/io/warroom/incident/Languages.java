package io.warroom.incident;

import io.warroom.i18n.Language;

/** Which language an incident speaks: its team's, from the on-call file, else Warroom's (WARROOM_LANGUAGE). */
public interface Languages {

    /** The language of the team owning the service (null: no service), else Warroom's. */
    Language forService(String service);

    /** Warroom's own language, for texts that belong to no incident. */
    Language fallback();
}
