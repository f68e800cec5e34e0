package io.warroom.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.warroom.i18n.Language;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Core settings; each is also an environment variable (warroom.api-token is WARROOM_API_TOKEN). */
@ConfigMapping(prefix = "warroom")
public interface WarroomConfig {

    /** Directory of the embedded H2 database and other local state. */
    @WithDefault("./data")
    String dataDir();

    /** Bearer token every /api call must present; the API refuses all calls while it is unset. It acts as an admin. */
    Optional<String> apiToken();

    /**
     * Admins, who may run every runbook action and give or take any role: on-call file person ids,
     * {@code slack:<user id>} or {@code discord:<user id>}, comma-separated.
     */
    Optional<List<String>> admins();

    /** Directory holding postmortem.md and other user-editable templates; the bundled copy is the fallback. */
    @WithDefault("templates")
    String templatesDir();

    /**
     * Language of chat replies, cards, pages, announcements, the web app and the status page: en or ko. A team's
     * {@code language} in the on-call file overrides it for that team's incidents.
     */
    @WithDefault("en")
    Language language();

    /** Zone in which people type times such as {@code note --at 14:26}. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** Public base URL of this Warroom (https://warroom.example.com); links sent outside, e.g. to PagerDuty, use it. */
    Optional<String> publicUrl();

    /** How many commands run at once; the rest wait in arrival order. Default: one per CPU core, at least 2. */
    Optional<Integer> commandThreads();

    /** The checklist each phase starts with. */
    Checklists checklist();

    interface Checklists {
        List<Step> detect();

        List<Step> triage();

        List<Step> mitigate();

        List<Step> rca();

        List<Step> recover();

        List<Step> postmortem();
    }

    interface Step {
        /** Name Warroom uses to tick this step by itself; optional. */
        Optional<String> key();

        /** What the step asks people to do, used as written; without it, the default text of the key's step. */
        Optional<String> text();
    }
}
