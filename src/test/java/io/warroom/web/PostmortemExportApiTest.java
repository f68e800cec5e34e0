package io.warroom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostmortemExportApiTest {

    @Test
    void exportListsEveryTimelineEntryInOrderWithItsActorAndEscapedText() {
        String key = Api.open("Search latency", "3", "search");
        Api.run(key, "note p99 | at 3s", "ana").statusCode(200);
        Api.authorized().body(Map.of("text", "note restarted <pods>", "user",
                Map.of("platform", "slack", "id", "U7", "name", "Bo|b"))).post("/api/incidents/" + key + "/commands")
                .then().statusCode(200);
        Api.run(key, "note line one\nline two", "ana").statusCode(200);

        String markdown = Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .extract().asString();

        List<String> rows = markdown.lines().filter(l -> l.startsWith("| 20")).toList();
        assertEquals(4, rows.size(), markdown);
        assertTrue(rows.get(0).endsWith("| Detect | ana | Opened by ana: Search latency (SEV3, service search) |"),
                rows.get(0));
        assertTrue(rows.get(1).endsWith("| Detect | ana | p99 \\| at 3s |"), rows.get(1));
        assertTrue(rows.get(2).endsWith("| Detect | Bo\\|b (via API) | restarted &lt;pods&gt; |"), rows.get(2));
        assertTrue(rows.get(3).endsWith("| Detect | ana | line one line two |"), rows.get(3));
        assertTrue(markdown.contains("- **Responders:** ana, Bo\\|b (via API)\n"), markdown);
    }
}
