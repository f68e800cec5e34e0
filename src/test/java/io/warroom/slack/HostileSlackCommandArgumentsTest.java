package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed slash commands whose arguments are longer than Warroom stores, or huge: answered with a usage line that
 * names the argument and quotes at most a clipped piece of it, and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileSlackCommandArgumentsTest {

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl responseUrl = new ResponseUrl();

    private String hook() {
        return responseUrl.url("/commands/" + FakeSlack.TEAM_ID + "/1/hook");
    }

    private Answer command(String text) {
        return signed.command(text, FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());
    }

    @Test
    void anOverLongArgumentGetsTheUsageLineNamingItAndNothingIsWritten() {
        String key = SlackFlow.openFromGeneral(signed, "Long arguments", hook());
        int incidents = SlackFlow.incidentCount();

        Answer service = command("open Queue stuck service:" + "q".repeat(201));
        Answer link = command("link https://dashboards.example/" + "d".repeat(2_000) + " " + key);
        Answer why = command("why " + key + " " + "w".repeat(2_001));

        assertEquals("`service` is 201 characters; the limit is 200.\nUsage: /incident open &lt;title&gt; "
                + "[sev:1-4] [service:&lt;name&gt;] [started:HH:MM]", service.json().path("text").asText());
        assertEquals("`url` is 2027 characters; the limit is 2000.\nUsage: /incident link &lt;url&gt; [label]",
                link.json().path("text").asText());
        assertEquals("`why` is 2001 characters; the limit is 2000.\nUsage: /incident why &lt;text&gt;",
                why.json().path("text").asText());
        assertEquals(incidents, SlackFlow.incidentCount());
        assertEquals(1, byAna(key), "nothing but the opening was recorded as Ana's");
    }

    @Test
    void aHugeArgumentComesBackClipped() {
        String key = SlackFlow.openFromGeneral(signed, "Huge echo", hook());

        Answer status = command("status " + key + " " + "x".repeat(100_000));

        String text = status.json().path("text").asText();
        assertTrue(text.startsWith("`status` takes no arguments; got `xxxx") && text.length() < 200, text.length()
                + " characters: " + text.substring(0, Math.min(200, text.length())));
        assertEquals(1, byAna(key), "nothing but the opening was recorded as Ana's");
    }

    /** Room opening writes entries of its own meanwhile; what the hostile commands could add is Ana's. */
    private static long byAna(String key) {
        return SlackFlow.timeline(key).stream().filter(e -> e.path("actor").path("id").asText()
                .equals(FakeSlack.ANA)).count();
    }
}
