package io.warroom.incident.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.warroom.incident.similar.SimilarIncidentsTest.World;
import io.warroom.support.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A title or service given after opening is matched on: the similar list is searched again and the reply says what
 * it now finds. Uses the earlier incidents of {@link SimilarFixture}, whose services carry a tag of their own.
 */
@QuarkusTest
class SimilarAfterRenameTest {

    private static final String SHOWS = ". `/incident similar` shows their root causes and fixes.";

    @Test
    void aSharperTitleThenTheServiceFindTheEarlierPoolIncidents() {
        World w = SimilarIncidentsTest.world();
        String poolAgain = w.past("poolAgain") + " (Checkout connection pool exhausted again)";
        // The fixture's probes are incidents too, opened earlier; this one names checkout and its pool.
        String probe = w.probe("Connection pool exhausted on checkout") + " (Connection pool exhausted on checkout)";
        String key = Api.authorized().body(Map.of("title", "site slow", "severity", "2", "user", "ana"))
                .post("/api/incidents").then().statusCode(201).extract().path("key");
        assertEquals(List.of(), SimilarIncidentsTest.similarKeys(key));

        // Two shared words (checkout, pool) are enough; the first pool incident shares one.
        assertEquals("Title changed: site slow → Checkout pool slow\nSimilar past incidents now: " + poolAgain + ", "
                + probe + SHOWS, Api.run(key, "title Checkout pool slow").statusCode(200).extract().path("text"));

        // The same service adds enough to one shared word: the first pool incident, with its root cause.
        assertEquals("Service set: checkout" + w.tag() + " (was: none)\nSimilar past incidents now: " + poolAgain
                + ", " + probe + ", " + w.past("pool") + " (Database connection pool exhausted)" + SHOWS,
                Api.run(key, "service checkout" + w.tag()).statusCode(200).extract().path("text"));
        assertEquals(List.of(w.past("poolAgain"), w.probe("Connection pool exhausted on checkout"), w.past("pool")),
                SimilarIncidentsTest.similarKeys(key));

        assertEquals("Service cleared (was: checkout" + w.tag() + ")\nSimilar past incidents now: " + poolAgain + ", "
                + probe + SHOWS, Api.run(key, "service none").statusCode(200).extract().path("text"));
        assertEquals(List.of(w.past("poolAgain"), w.probe("Connection pool exhausted on checkout")),
                SimilarIncidentsTest.similarKeys(key));
    }
}
