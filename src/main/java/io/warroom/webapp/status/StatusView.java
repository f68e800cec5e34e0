package io.warroom.webapp.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Everything the status page, its JSON and its feed show; built only from facts and public updates. */
public record StatusView(String title, String logoText, ServiceState overall, List<Service> services,
        List<Incident> current, List<Incident> past, List<LocalDate> days, Instant generatedAt) {

    /** A listed service, its state now and its worst state on each of the history's days (oldest first). */
    public record Service(String name, ServiceState state, List<Day> history) {
    }

    public record Day(LocalDate date, ServiceState state) {
    }

    /**
     * An incident as the public sees it: named by its state and service (never its internal title); service null
     * when the incident is on no listed service.
     */
    public record Incident(long number, ServiceState impact, String service, PublicState state, Instant startedAt,
            Instant resolvedAt, List<Update> updates) {

        /** When it last changed publicly: its newest public update, or when it started. */
        public Instant updatedAt() {
            return updates.isEmpty() ? startedAt : updates.get(updates.size() - 1).at();
        }
    }

    public record Update(long id, Instant at, PublicState state, String text) {
    }

    /** When the feed last changed: its newest public update, or now when there is none. */
    public Instant feedUpdated() {
        return Stream.concat(current.stream(), past.stream()).flatMap(i -> i.updates().stream()).map(Update::at)
                .max(Comparator.naturalOrder()).orElse(generatedAt);
    }
}
