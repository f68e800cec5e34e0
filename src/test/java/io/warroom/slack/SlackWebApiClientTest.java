package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import io.warroom.chat.DeliveryException;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackState;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/**
 * The Slack SDK runs on JDA's OkHttp 5 (its own OkHttp 4 is excluded in the pom) against a Web API at SLACK_API_URL:
 * form and JSON calls, the three-step file upload, and failures turned into the outbox's retry-or-give-up answers.
 */
class SlackWebApiClientTest extends SdkOnFakeSlack {

    @Test
    void theSdkTalksToTheConfiguredApiUrlOverOkHttp5() throws Exception {
        assertTrue(OkHttp.VERSION.startsWith("5."), OkHttp.VERSION);
        AuthTestResponse auth = methods.authTest(r -> r);
        assertTrue(auth.isOk(), auth.getError());
        assertEquals(FakeSlack.BOT_USER_ID, auth.getUserId());
        assertEquals(FakeSlack.TEAM_ID, auth.getTeamId());

        ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel(FakeSlack.GENERAL).text("hello")
                .blocks(List.of(Blocks.section(s -> s.text(BlockCompositions.markdownText("*hello*"))))));
        assertTrue(posted.isOk(), posted.getError());
        assertEquals("*hello*", fake.message(FakeSlack.GENERAL, posted.getTs()).blockText().strip());
    }

    @Test
    void filesUploadV2SendsTheBytesToTheUploadUrlAndSharesTheFile() throws Exception {
        FilesUploadV2Response upload = methods.filesUploadV2(r -> r.channel(FakeSlack.GENERAL)
                .filename("INC-1-postmortem.md").title("Postmortem").content("# INC-1 — é\n")
                .initialComment("the postmortem"));
        assertTrue(upload.isOk(), upload.getError());
        assertEquals(List.of("files.getUploadURLExternal", "upload", "files.completeUploadExternal"),
                fake.calls().stream().map(c -> c.method()).toList());
        FakeSlackState.UploadedFile file = fake.files().get(0);
        assertEquals("# INC-1 — é\n", file.text());
        assertEquals(FakeSlack.GENERAL, file.channel);
    }

    @Test
    void rateLimitsServerErrorsAndRefusalsBecomeRetryOrGiveUp() {
        fake.failNext(1, 429, 7);
        DeliveryException limited = assertThrows(DeliveryException.class, () -> SlackCalls.call("post",
                () -> methods.chatPostMessage(r -> r.channel(FakeSlack.GENERAL).text("x"))));
        assertTrue(limited.retryable());
        assertEquals(Duration.ofSeconds(7), limited.retryAfter());

        fake.failNext(1, 503, null);
        DeliveryException down = assertThrows(DeliveryException.class, () -> SlackCalls.call("post",
                () -> methods.chatPostMessage(r -> r.channel(FakeSlack.GENERAL).text("x"))));
        assertTrue(down.retryable());
        assertEquals("post: Slack answered HTTP 503", down.getMessage());

        DeliveryException refused = assertThrows(DeliveryException.class, () -> SlackCalls.call("post in #nowhere",
                () -> methods.chatPostMessage(r -> r.channel("#nowhere").text("x"))));
        assertFalse(refused.retryable());
        assertEquals("post in #nowhere: Slack answered channel_not_found", refused.getMessage());

        fake.close();
        DeliveryException unreachable = assertThrows(DeliveryException.class, () -> SlackCalls.call("post",
                () -> methods.chatPostMessage(r -> r.channel(FakeSlack.GENERAL).text("x"))));
        assertTrue(unreachable.retryable());
        assertFalse(unreachable.getMessage().contains(FakeSlack.TOKEN));
    }
}
