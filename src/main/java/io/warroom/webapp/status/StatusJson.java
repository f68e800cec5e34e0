package io.warroom.webapp.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** /status.json: the same as the page, for machines. States are the ids of the page's data-state attributes. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatusJson(String title, String overall, List<Service> services, List<Incident> incidents,
        @JsonProperty("past_incidents") List<Incident> pastIncidents,
        @JsonProperty("generated_at") Instant generatedAt) {

    public record Service(String name, String state) {
    }

    /** impact: the worst service state it causes; service null when it is on no listed service. */
    public record Incident(String id, String name, String impact, String service, String state,
            @JsonProperty("started_at") Instant startedAt, @JsonProperty("resolved_at") Instant resolvedAt,
            List<Update> updates) {
    }

    public record Update(String id, Instant time, String state, String text) {
    }

    static StatusJson of(StatusView view, StatusPageMessages texts) {
        return new StatusJson(view.title(), view.overall().id(),
                view.services().stream().map(s -> new Service(s.name(), s.state().id())).toList(),
                view.current().stream().map(i -> incident(i, texts)).toList(),
                view.past().stream().map(i -> incident(i, texts)).toList(), view.generatedAt());
    }

    private static Incident incident(StatusView.Incident i, StatusPageMessages texts) {
        return new Incident(Long.toString(i.number()), texts.incidentName(i.impact(), i.service()), i.impact().id(), i.service(), i.state().id(), i.startedAt(),
                i.resolvedAt(), i.updates().stream().map(u -> new Update(Long.toString(u.id()), u.at(), u.state().id(),
                        u.text())).toList());
    }
}
