package io.warroom.webapp.status;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.warroom.support.Api;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A status page whose title, logo text and services are configured; its database starts empty. */
@QuarkusTest
@TestProfile(StatusPageConfiguredTest.Configured.class)
class StatusPageConfiguredTest {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warroom.status.title", "Acme Cloud status", "warroom.status.logo-text", "ACME",
                    "warroom.status.services", "api, dashboard,billing");
        }
    }

    @Test
    void theConfiguredServicesAreListedAndOthersStayUnnamed() throws Exception {
        Document quiet = Jsoup.parse(given().get("/status").body().asString());
        assertEquals("Acme Cloud status", quiet.title());
        assertEquals("ACME", quiet.selectFirst(".status-logo").text());
        assertEquals("Acme Cloud status", quiet.selectFirst("h1").text());
        assertEquals(List.of("api", "dashboard", "billing"), quiet.select("#status-services li[data-service]")
                .eachAttr("data-service"));
        assertEquals("operational", quiet.selectFirst("#status-overall").attr("data-state"));
        assertEquals("All systems operational", quiet.selectFirst("#status-overall").text());

        Api.open("Billing exports stuck", "SEV2", "billing");
        String internal = Api.open("Batch jobs slow", "SEV1", "internal-batch");
        String unlisted = Api.open("Mail relay down", "SEV3", "mail-relay");
        Api.run(unlisted, "update --public Some emails are delayed").statusCode(200);

        Document page = Jsoup.parse(given().get("/status").body().asString());
        JsonPath json = given().get("/status.json").jsonPath();
        String atom = given().get("/status.atom").body().asString();

        assertEquals(1, page.select("#status-services li[data-service=billing][data-state=partial_outage]").size());
        assertEquals(1, page.select("#status-services li[data-service=api][data-state=operational]").size());
        assertEquals("partial_outage", page.selectFirst("#status-overall").attr("data-state"),
                "an incident on an unlisted service with no public update changes nothing public");
        assertEquals("Some systems are partly down", page.selectFirst("#status-overall").text());
        assertEquals(List.of("Partial outage: billing", "Service disruption"), page.select("#status-updates h3")
                .eachText().stream().map(t -> t.replaceAll(" (Investigating|Identified|Monitoring|Resolved)$", ""))
                .toList());
        String body = page.body().text() + json.prettify() + atom;
        for (String secret : List.of("internal-batch", "mail-relay", "Billing exports stuck", "Mail relay down")) {
            assertTrue(!body.contains(secret), secret + " is not public");
        }
        assertEquals("Acme Cloud status", json.getString("title"));
        assertEquals(List.of("Partial outage: billing", "Service disruption"), json.getList("incidents.name"));
        assertEquals(List.of("Some emails are delayed"), StatusPageTest.atomEntries(atom));
        assertTrue(atom.contains("<title>Acme Cloud status</title>"), atom);
        Api.run(internal, "resolve").statusCode(200);
    }
}
