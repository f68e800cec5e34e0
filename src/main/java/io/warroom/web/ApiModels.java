package io.warroom.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.warroom.reply.Reply;
import io.warroom.incident.IncidentSnapshot;
import io.warroom.incident.Role;
import io.warroom.incident.TimelineEntry;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the REST API. */
public final class ApiModels {

    private ApiModels() {
    }

    /** startedAt: when the impact began, ISO-8601 with an offset, or a time as {@code started} takes it. */
    public record OpenIncidentRequest(String title, String severity, String service, String description,
            ApiUser user, @JsonProperty("started_at") @JsonAlias("startedAt") String startedAt) {
    }

    public record CommandRequest(String text, ApiUser user) {
    }

    public record IncidentSummary(String key, String title, String severity, String status, String phase,
            String service, String commander, Instant detectedAt, Instant updatedAt) {

        static IncidentSummary of(IncidentSnapshot s) {
            return new IncidentSummary(s.key(), s.title(), s.severity().label(), s.status().label(), s.phase().id(),
                    s.service(), s.role(Role.COMMANDER).map(IncidentSnapshot.PersonView::displayName).orElse(null),
                    s.milestones().detected(), s.milestones().updated());
        }
    }

    public record Actor(String platform, String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineItem(long id, Instant time, Instant recordedAt, boolean backfilled, String kind,
            String phase, Actor actor, String text, String link) {

        static TimelineItem of(TimelineEntry e) {
            Actor actor = e.actor == null ? null : new Actor(e.actor.platform.id(), e.actor.userId,
                    e.actor.displayName);
            return new TimelineItem(e.id, e.occurredAt, e.recordedAt, e.backfilled, e.kind.id(), e.phase.id(), actor,
                    e.text, e.link);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommandResult(String outcome, String text, String incident, List<Reply.Field> fields,
            List<Reply.Button> buttons, Reply.Confirmation confirmation, Reply.FileAttachment file) {

        static CommandResult of(Reply reply) {
            return new CommandResult(reply.outcome().name().toLowerCase(java.util.Locale.ROOT), reply.text(),
                    reply.incidentKey(), reply.fields().isEmpty() ? null : reply.fields(),
                    reply.buttons().isEmpty() ? null : reply.buttons(), reply.confirmation(), reply.file());
        }
    }
}
