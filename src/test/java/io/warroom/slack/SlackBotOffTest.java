package io.warroom.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.incident.Platform;
import io.warroom.support.Api;
import io.warroom.support.ConfigResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without token and signing secret the Slack bot is off: one line naming both, nothing queued, Warroom works. */
@QuarkusTest
@WithTestResource(ConfigResource.class)
class SlackBotOffTest {

    @Inject
    SlackPlatform slack;

    @Inject
    EntityManager em;

    @Test
    void withoutTokenAndSecretTheBotIsOffAndSaysWhatToSetOnce() {
        String line = ConfigResource.log().awaitLine("Slack bot is off", Duration.ofSeconds(5));
        assertTrue(line.contains("INFO"), line);
        assertTrue(line.endsWith("Slack bot is off: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set. "
                + "Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn it on (README: Slack)."), line);
        assertEquals(1, ConfigResource.log().count("Slack bot is off"));
        assertFalse(slack.enabled());

        String key = Api.open("No Slack here", "2", "web");
        Api.run(key, "ack").statusCode(200);
        long queued = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(m) from OutboxMessage m where m.platform = :p", Long.class)
                .setParameter("p", Platform.SLACK).getSingleResult());
        assertEquals(0, queued);
    }
}
