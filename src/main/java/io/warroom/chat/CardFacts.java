package io.warroom.chat;

import io.warroom.reply.Reply;
import io.warroom.incident.IncidentSnapshot;
import java.util.List;

/**
 * Contributes extra facts to the incident card (an alert's source, request id, stack excerpt, links...). Called
 * inside a read transaction; implementations are CDI beans and are picked up by themselves.
 */
public interface CardFacts {

    List<Reply.Field> factsFor(IncidentSnapshot incident);
}
