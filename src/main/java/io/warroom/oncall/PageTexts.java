package io.warroom.oncall;

import io.warroom.config.HumanDuration;
import io.warroom.i18n.Bundles;
import io.warroom.i18n.Language;
import io.warroom.i18n.TimeTexts;
import java.time.Duration;

/** Page texts in an incident's language. */
final class PageTexts {

    private PageTexts() {
    }

    static PageMessages in(Language language) {
        return Bundles.in(PageMessages.class, language);
    }

    /** A wait as the escalation policy writes it ("1h30m"); the language's own units elsewhere. */
    static String waitText(Duration wait, Language language) {
        return language == Language.EN ? HumanDuration.format(wait) : TimeTexts.in(language).duration(wait);
    }
}
