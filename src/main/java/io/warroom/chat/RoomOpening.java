package io.warroom.chat;

import io.warroom.incident.ChatRooms;
import io.warroom.incident.RoomStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Opening an incident room, written once for every platform. After the channel is created (and recorded), the steps
 * of {@link RoomStep} run in order, each recorded as done once it succeeded: a delivery retried after a failure or a
 * crash continues where it stopped and repeats nothing people can see. Only a crash between a step and its record
 * repeats that one step.
 */
@ApplicationScoped
public class RoomOpening {

    /** What a platform does for each step, on the room being opened. */
    public interface Steps {
        void setTopic() throws DeliveryException;

        void invite() throws DeliveryException;

        void linkBack() throws DeliveryException;

        /** Posts the card; returns its message id. */
        String postCard() throws DeliveryException;

        void pinCard(String messageId) throws DeliveryException;
    }

    @Inject
    ChatRooms rooms;

    public void continueOpening(long roomId, Steps steps) throws DeliveryException {
        ChatRooms.Opening opening = rooms.opening(roomId);
        Set<RoomStep> done = opening.done();
        if (!done.contains(RoomStep.TOPIC)) {
            steps.setTopic();
            rooms.markDone(roomId, RoomStep.TOPIC);
        }
        if (!done.contains(RoomStep.INVITE)) {
            steps.invite();
            rooms.markDone(roomId, RoomStep.INVITE);
        }
        if (!done.contains(RoomStep.LINK_BACK)) {
            steps.linkBack();
            rooms.markDone(roomId, RoomStep.LINK_BACK);
        }
        String card = opening.cardMessageId();
        if (card == null) {
            card = steps.postCard();
            rooms.setCardMessage(roomId, card);
        }
        if (!done.contains(RoomStep.PIN)) {
            steps.pinCard(card);
            rooms.markDone(roomId, RoomStep.PIN);
        }
    }
}
