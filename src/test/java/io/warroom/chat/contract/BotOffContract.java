package io.warroom.chat.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.support.Api;
import io.warroom.support.ConfigResource;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A platform whose settings are missing: Warroom starts, says once what to set, and queues nothing for it. Run with
 * {@code @WithTestResource(ConfigResource.class)} and no chat settings at all.
 */
public abstract class BotOffContract {

    @Inject
    DataSource db;

    /** How the REST API and the database name the platform. */
    protected abstract String platform();

    /** The line Warroom logs, once, when the platform's settings are missing. */
    protected abstract String offLine();

    /** Where the platform's client library logs, which must stay silent. */
    protected abstract String clientLogCategory();

    @Test
    void withoutItsSettingsTheBotIsOffSaysWhatToSetOnceAndNothingIsQueuedForIt() {
        String line = ConfigResource.log().awaitLine(offLine(), Duration.ofSeconds(5));
        assertTrue(line.contains("INFO"), line);
        assertTrue(line.endsWith(offLine()), line);
        assertEquals(1, ConfigResource.log().count(offLine().substring(0, offLine().indexOf(':'))));

        String key = Api.open("No chat here", "2", "web");
        Api.run(key, "ack").statusCode(200);
        assertEquals(0, Queued.forPlatform(db, platform()));
        assertEquals(0, ConfigResource.log().count(clientLogCategory()), "the client never started");
    }
}
