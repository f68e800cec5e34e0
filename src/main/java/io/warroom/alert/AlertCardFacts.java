package io.warroom.alert;

import io.warroom.chat.CardFacts;
import io.warroom.reply.Reply;
import io.warroom.incident.IncidentKey;
import io.warroom.incident.IncidentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Shows on the card of an incident an alert opened what the alert said: where, which request, the stack, links. */
@ApplicationScoped
class AlertCardFacts implements CardFacts {

    @Inject
    EntityManager em;

    @Override
    public List<Reply.Field> factsFor(IncidentSnapshot incident) {
        IncidentAlert alert = em.find(IncidentAlert.class, incident.number());
        if (alert == null) {
            return List.of();
        }
        List<Reply.Field> fields = new ArrayList<>();
        String firings = alert.firings > 1 ? " · fired " + alert.firings + " times" : "";
        fields.add(new Reply.Field("Alert", alert.title + " (" + alert.source + firings + ")"));
        if (alert.service != null || alert.environment != null) {
            fields.add(new Reply.Field("Service", alert.service == null ? alert.environment
                    : alert.service + (alert.environment == null ? "" : " · " + alert.environment)));
        }
        if (alert.httpStatus != null) {
            fields.add(new Reply.Field("HTTP status", Integer.toString(alert.httpStatus)));
        }
        if (alert.firedBefore != null) {
            fields.add(new Reply.Field("Fired before", IncidentKey.of(alert.firedBefore)));
        }
        if (alert.sourceLocation != null) {
            fields.add(new Reply.Field("Source", alert.sourceLocation));
        }
        if (alert.requestId != null) {
            fields.add(new Reply.Field("Request", alert.requestId));
        }
        if (alert.stackExcerpt != null) {
            fields.add(new Reply.Field("Stack", "```\n" + alert.stackExcerpt + "\n```"));
        }
        if (alert.links != null && !alert.links.isBlank()) {
            List<String> links = new ArrayList<>();
            for (String line : alert.links.split("\n")) {
                int eq = line.indexOf('=');
                links.add(eq < 0 ? line : line.substring(0, eq) + ": " + line.substring(eq + 1));
            }
            fields.add(new Reply.Field("Links", String.join("\n", links)));
        }
        return fields;
    }
}
