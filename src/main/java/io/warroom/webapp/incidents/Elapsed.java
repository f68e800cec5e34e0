package io.warroom.webapp.incidents;

import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import java.time.Duration;

/** A duration as people read it on the page: "2 h 5 min", "3 d 4 h", "12 min". */
@ApplicationScoped
public class Elapsed {

    @Inject
    PageLanguage page;

    public String of(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toDays() > 0) {
            return messages().daysHours(d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return messages().hoursMinutes(d.toHours(), d.toMinutesPart());
        }
        if (d.toMinutes() > 0) {
            return messages().minutes(d.toMinutes());
        }
        return messages().underAMinute();
    }

    /** The page's texts in its language. */
    private IncidentPageMessages messages() {
        return page.texts(IncidentPageMessages.class);
    }
}
