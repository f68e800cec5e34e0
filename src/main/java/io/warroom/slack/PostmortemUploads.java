package io.warroom.slack;

import com.slack.api.methods.SlackFilesUploadV2Exception;
import io.warroom.chat.Delivery;
import io.warroom.chat.DeliveryException;
import io.warroom.chat.OutboxEnvelope;
import io.warroom.incident.IncidentSnapshot.RoomView;
import io.warroom.postmortem.Postmortem;
import io.warroom.postmortem.PostmortemExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Uploads the postmortem, rendered when delivered, to the incident channel as a Markdown file: the SDK's
 * filesUploadV2, i.e. files.getUploadURLExternal, the bytes POSTed to the URL it gives, files.completeUploadExternal.
 */
@ApplicationScoped
class PostmortemUploads {

    @Inject
    SlackClient client;

    @Inject
    PostmortemExporter postmortems;

    void upload(OutboxEnvelope envelope, Delivery.UploadPostmortem upload) throws DeliveryException {
        Optional<RoomView> room = IncidentRooms.room(envelope);
        if (room.isEmpty()) {
            return;
        }
        Postmortem postmortem = postmortems.export(envelope.incident().number());
        String what = "upload the postmortem to " + IncidentRooms.describe(room.get());
        String comment = "📝 Postmortem of " + postmortem.incidentKey() + ", exported by "
                + SlackText.escape(upload.requestedBy());
        try {
            SlackCalls.call(what, () -> client.methods().filesUploadV2(r -> r.channel(room.get().channelId())
                    .filename(postmortem.filename()).title("Postmortem " + postmortem.incidentKey())
                    .content(postmortem.markdown()).snippetType("markdown").initialComment(comment)
                    .requestFileInfo(false)));
        } catch (SlackFilesUploadV2Exception e) {
            // The bytes did not reach the upload URL (the file is not shared yet): try the whole upload again.
            throw DeliveryException.retryLater(what + ": the file upload itself failed");
        }
    }
}
