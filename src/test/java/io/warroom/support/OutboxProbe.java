package io.warroom.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.chat.Delivery;
import io.warroom.chat.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads the outbox rows a test caused, as the dispatcher will deliver them. */
@ApplicationScoped
public class OutboxProbe {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public record Row(String lane, String kind, Delivery delivery, String payload) {

        public String text() {
            io.warroom.chat.ChatMessage message = message();
            return message == null ? "" : message.text();
        }

        public io.warroom.chat.ChatMessage message() {
            if (delivery instanceof Delivery.PostToRoom p) {
                return p.message();
            }
            if (delivery instanceof Delivery.DirectMessage d) {
                return d.message();
            }
            if (delivery instanceof Delivery.PostToChannel c) {
                return c.message();
            }
            return null;
        }
    }

    /** Every row of a lane, oldest first: {@code slack:INC-4}, {@code discord:dm:3020…}. */
    public List<Row> lane(String lane) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxMessage m where m.lane = :lane order by m.id", OutboxMessage.class)
                .setParameter("lane", lane).getResultList()).stream().map(this::row).toList();
    }

    /** Every row whose payload contains the text (to prove a secret is nowhere). */
    public long containing(String text) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.payload like :t", Long.class)
                .setParameter("t", "%" + text + "%").getSingleResult());
    }

    private Row row(OutboxMessage m) {
        try {
            return new Row(m.lane, m.kind, json.readValue(m.payload, Delivery.class), m.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
