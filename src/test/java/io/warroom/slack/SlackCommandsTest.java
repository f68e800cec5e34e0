package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.warroom.support.Api;
import io.warroom.support.FakeHttp;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.FakeSlackResource;
import io.warroom.support.slack.InjectFakeSlack;
import io.warroom.support.slack.ResponseUrl;
import io.warroom.support.slack.SignedSlackRequests.Answer;
import io.warroom.support.slack.SignedSlackRequests;
import io.warroom.support.slack.SlackCall;
import io.warroom.support.slack.SlackPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /incident} typed in Slack: answered at once to the person, through the same grammar as everywhere. */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SlackCommandsTest {

    private static final Pattern OPENED = Pattern.compile("Opened (INC-\\d+): ");

    @InjectFakeSlack
    FakeSlack slack;

    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    @RegisterExtension
    final ResponseUrl responseUrl = new ResponseUrl();

    @Test
    void openFromAnyChannelIsConfirmedToTheOpenerAtOnce() {
        Answer answer = signed.command("open Checkout 5xx spike sev:2 service:checkout", FakeSlack.ANA, "ana",
                FakeSlack.GENERAL, hook());

        assertEquals(200, answer.status());
        assertTrue(answer.took().compareTo(Duration.ofSeconds(3)) < 0, "within Slack's 3 seconds: " + answer.took());
        assertEquals("ephemeral", answer.json().path("response_type").asText());
        String text = answer.json().path("text").asText();
        String key = key(text);
        assertEquals("Opened " + key + ": Checkout 5xx spike (SEV2 · checkout)", text);
        JsonPath incident = Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
        assertEquals("Checkout 5xx spike", incident.getString("title"));
        assertEquals("checkout", incident.getString("service"));
        JsonNode opened = SlackFlow.timeline(key).get(0);
        assertEquals("slack", opened.path("actor").path("platform").asText());
        assertEquals(FakeSlack.ANA, opened.path("actor").path("id").asText(), "opened by Ana, as Slack named her");
    }

    @Test
    void mistakesAreAnsweredWithTheUsageLineAndChangeNothing() {
        String key = SlackFlow.openFromGeneral(signed, "Cache stampede", hook());

        Answer noSuchVerb = signed.command("explode " + key, FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());
        Answer badSeverity = signed.command("sev 9 " + key, FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());
        Answer noTitle = signed.command("open sev:banana", FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());

        assertEquals("ephemeral", badSeverity.json().path("response_type").asText());
        assertTrue(noSuchVerb.json().path("text").asText().contains("Usage: /incident &lt;subcommand&gt;"),
                noSuchVerb.body());
        assertTrue(badSeverity.json().path("text").asText().endsWith("Usage: /incident sev &lt;1-4&gt;"),
                badSeverity.body());
        assertTrue(noTitle.json().path("text").asText().contains("Usage: /incident open"), noTitle.body());
        assertEquals(1, SlackFlow.timeline(key).stream().filter(e -> e.path("actor").path("id").asText()
                .equals(FakeSlack.ANA)).count(), "nothing but the opening was recorded as Ana's");
        assertEquals("SEV3", Api.authorized().get("/api/incidents/" + key).then().extract().jsonPath()
                .getString("severity"));
    }

    @Test
    void outsideARoomTheCommandNamesTheIncident() {
        String key = SlackFlow.openFromGeneral(signed, "Search latency", hook());

        Answer status = signed.command("status " + key, FakeSlack.BO, "bo", FakeSlack.GENERAL, hook());
        Answer unnamed = signed.command("ack", FakeSlack.BO, "bo", FakeSlack.GENERAL, hook());
        Answer ack = signed.command(key + " ack", FakeSlack.BO, "bo", FakeSlack.GENERAL, hook());

        assertTrue(status.json().path("text").asText().contains(key), status.body());
        assertTrue(status.json().path("blocks").size() > 0, "status fields are shown as blocks: " + status.body());
        assertEquals("Which incident? Name it (e.g. `/incident ack INC-42`) or run this in the incident's room.\n"
                + "Usage: /incident ack", unnamed.json().path("text").asText());
        assertTrue(ack.json().path("text").asText().toLowerCase().contains("acknowledged"), ack.body());
        assertTrue(SlackFlow.timeline(key).stream().anyMatch(e -> e.path("actor").path("id").asText()
                .equals(FakeSlack.BO)), "Bo's acknowledgement is on the timeline");
    }

    @Test
    void incidentAloneOpensTheFormAndSubmittingItOpensTheIncident() {
        Answer answer = signed.command("", FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());

        assertEquals(200, answer.status());
        assertEquals("", answer.body(), "a plain acknowledgement; the form is the answer");
        SlackCall open = slack.awaitCall("views.open", c -> c.json("view").path("private_metadata").asText()
                .contains(hook()));
        JsonNode view = open.json("view");
        assertTrue(open.param("trigger_id") != null && !open.param("trigger_id").isBlank(), "opened with the trigger");
        assertEquals(List.of("title", "severity", "service", "description", "started"), blockIds(view));

        Answer submitted = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.ANA, "ana", view, Map.of(
                "title", SlackPayloads.textInput("Payments timeouts"),
                "severity", SlackPayloads.selected("1", "SEV1"),
                "service", SlackPayloads.textInput("payments"),
                "description", SlackPayloads.textInput("Card payments time out since 14:02"))));

        assertEquals(200, submitted.status());
        assertEquals("", submitted.body(), "the form closes");
        FakeHttp.Request told = responseUrl.await(r -> r.body().contains("Payments timeouts"), 1,
                Duration.ofSeconds(10)).get(0);
        String key = key(told.body());
        JsonPath incident = Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract().jsonPath();
        assertEquals("SEV1", incident.getString("severity"));
        assertEquals("payments", incident.getString("service"));
        assertEquals("Card payments time out since 14:02", incident.getString("description"));
        assertTrue(told.body().contains("\"response_type\":\"ephemeral\""), told.body());
    }

    @Test
    void openWithoutATitleOpensTheFormWithWhatWasTyped() {
        signed.command("open sev:1 service:search", FakeSlack.ANA, "ana", FakeSlack.GENERAL, hook());

        JsonNode view = slack.awaitCall("views.open", c -> c.json("view").path("private_metadata").asText()
                .contains(hook())).json("view");
        assertEquals("1", view.path("blocks").get(1).path("element").path("initial_option").path("value").asText());
        assertEquals("search", view.path("blocks").get(2).path("element").path("initial_value").asText());
    }

    @Test
    void aFormWithoutTitleIsSentBackWithTheErrorAndOpensNothing() {
        signed.command("open", FakeSlack.BO, "bo", FakeSlack.GENERAL, hook());
        JsonNode view = slack.awaitCall("views.open", c -> c.json("view").path("private_metadata").asText()
                .contains(hook())).json("view");
        int incidents = SlackFlow.incidentCount();

        Answer submitted = signed.interaction(SlackPayloads.viewSubmission(FakeSlack.BO, "bo", view, Map.of(
                "title", SlackPayloads.textInput(null), "severity", SlackPayloads.selected("3", "SEV3"))));

        assertEquals(200, submitted.status());
        assertEquals("errors", submitted.json().path("response_action").asText());
        assertTrue(submitted.json().path("errors").path("title").asText().startsWith("Give the incident a title"),
                submitted.body());
        assertEquals(incidents, SlackFlow.incidentCount());
    }

    private String hook() {
        return responseUrl.url("/commands/" + FakeSlack.TEAM_ID + "/1/hook");
    }

    private static List<String> blockIds(JsonNode view) {
        return java.util.stream.StreamSupport.stream(view.path("blocks").spliterator(), false)
                .map(b -> b.path("block_id").asText()).toList();
    }

    static String key(String text) {
        Matcher matcher = OPENED.matcher(text);
        assertTrue(matcher.find(), "an incident key in: " + text);
        return matcher.group(1);
    }
}
