package io.warroom.webapp.reports;

import jakarta.enterprise.context.ApplicationScoped;
import io.warroom.webapp.PageLanguage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;

/** Writes a response time as people read it (45s, 12m, 3h 5m, 2d 4h), the way postmortems do, in the page's words. */
@ApplicationScoped
@Named("durationText")
public class DurationText {

    @Inject
    PageLanguage page;

    public String of(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return messages().seconds(seconds);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return messages().minutes(minutes);
        }
        long hours = minutes / 60;
        return hours < 48 ? messages().hours(hours, minutes % 60) : messages().days(hours / 24, hours % 24);
    }

    /** — when there is no value: no incident reached the milestone, which is not the same as zero. */
    public String of(Optional<Duration> duration) {
        return duration.map(this::of).orElse(messages().none());
    }

    /** The page's texts in its language. */
    private ReportMessages messages() {
        return page.texts(ReportMessages.class);
    }
}
