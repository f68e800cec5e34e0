package io.warroom.access;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.warroom.oncall.EscalationJob;
import io.warroom.support.Api;
import io.warroom.support.AuthzWorld;
import io.warroom.support.OnCallWorld;
import io.warroom.support.People;
import io.warroom.support.TestClock;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeDiscordResource;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.discord.InjectFakeDiscord;
import io.warroom.support.slack.FakeSlackResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Incident roles through the wire: anyone may take a free role; taking one from someone else or giving one to
 * another person is for the commander, the on-call and admins, and every refusal is answered in one line and kept
 * on the timeline.
 */
@QuarkusTest
@WithTestResource(value = FakeSlackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = FakeDiscordResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OnCallWorld.class, scope = TestResourceScope.MATCHING_RESOURCES, initArgs = {
    @ResourceArg(name = "fake-chat", value = "false"),
    @ResourceArg(name = "warroom.admins", value = AuthzWorld.ADMINS)})
class RoleAuthorizationTest {

    static final Instant TUESDAY = Instant.parse("2025-01-07T10:00:00Z");

    @InjectFakeDiscord
    FakeDiscord discord;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    EscalationJob escalations;

    private AuthzWorld world;

    @BeforeEach
    void world() throws Exception {
        clock.fix(TUESDAY);
        world = AuthzWorld.start(discord, em, escalations);
    }

    @AfterEach
    void stop() {
        world.close();
        clock.reset();
    }

    private static String holder(String key, String role) {
        return Api.authorized().get("/api/incidents/" + key).then().statusCode(200).extract()
                .path("roles." + role + ".displayName");
    }

    @Test
    void aFreeRoleIsAnyonesButTakingItFromItsHolderIsRefusedAndRecorded() {
        String key = People.open("Checkout 5xx", "2", "checkout");
        assertEquals("Scribe: eve", world.slack(AuthzWorld.EVE, "eve", key + " role scribe me"));

        String refusal = "Refused: mal may not take scribe from eve on " + key + "; only the commander (nobody yet), "
                + "the on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may. Anyone may take a role nobody "
                + "holds.";
        assertEquals(refusal, world.slack(AuthzWorld.MAL, "mal", key + " role scribe me"));
        assertEquals("eve", holder(key, "SCRIBE"));
        assertEquals(List.of("Scribe: eve", "⛔ " + refusal), AuthzWorld.roleEntries(key));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then()
                .body("findAll { it.kind == 'role' }.actor.id", equalTo(List.of(AuthzWorld.EVE, AuthzWorld.MAL)));
    }

    @Test
    void givingARoleToSomeoneElseNeedsRightsEvenWhenItIsFree() {
        String key = People.open("Checkout slow", "2", "checkout");
        String refusal = "Refused: mal may not give comms to eve on " + key + "; only the commander (nobody yet), the "
                + "on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may. Anyone may take a role nobody "
                + "holds.";
        assertEquals(refusal, world.slack(AuthzWorld.MAL, "mal", key + " role comms <@" + AuthzWorld.EVE + "|eve>"));
        assertEquals(null, holder(key, "COMMS"));
        assertEquals("Communications: mal", world.slack(AuthzWorld.MAL, "mal", key + " role comms <@"
                + AuthzWorld.MAL + "|mal>"));
        assertEquals(List.of("⛔ " + refusal, "Communications: mal"), AuthzWorld.roleEntries(key));
    }

    @Test
    void theCommanderTheOnCallAndAnAdminMayReassign() {
        String key = People.open("Checkout errors", "2", "checkout");
        world.slack(AuthzWorld.EVE, "eve", key + " role commander me");
        world.slack(AuthzWorld.MAL, "mal", key + " role scribe me");

        assertEquals("Scribe: eve (was mal)", world.slack(AuthzWorld.EVE, "eve", key + " role scribe <@"
                + AuthzWorld.EVE + "|eve>"), "the commander takes a role from its holder");
        assertEquals("Incident commander: bo (was eve)", world.slack(AuthzWorld.BO_SLACK, "bo",
                key + " role commander me"), "the on-call takes over as commander");
        assertEquals("Scribe: lee (was eve)", world.slack(AuthzWorld.ADMIN_SLACK, "root", key + " role scribe <@"
                + AuthzWorld.LEE_SLACK + "|lee>"), "an admin gives a role to someone");
        String refused = world.slack(AuthzWorld.EVE, "eve", key + " role commander me");
        assertEquals("Refused: eve may not take commander from bo on " + key + "; only the commander (bo), the "
                + "on-call of checkout (Ana Lima, Bo Chen) or a Warroom admin may. Anyone may take a role nobody "
                + "holds.", refused, "a former commander has no say any more");
        assertEquals("bo", holder(key, "COMMANDER"));
        assertEquals(List.of("Incident commander: eve", "Scribe: mal", "Scribe: eve (was mal)",
                "Incident commander: bo (was eve)", "Scribe: lee (was eve)", "⛔ " + refused),
                AuthzWorld.roleEntries(key));
    }

    @Test
    void onDiscordANobodyIsRefusedAndAnAdminMayReassign() {
        String key = People.open("Billing queue", "2", "billing");
        FakeUser eve = world.eveOnDiscord();
        FakeUser ana = world.anaOnDiscord();
        FakeUser cy = world.cyOnDiscord();
        assertEquals("Incident commander: Ana Lima\nChecked Triage 4: Name a commander", world.discord(ana, "role",
                "role", "commander", "user", ana, "incident", key));

        String refused = world.discord(eve, "role", "role", "commander", "user", eve, "incident", key);
        assertEquals("Refused: Eve may not take commander from Ana Lima on " + key + "; only the commander (Ana Lima), "
                + "the on-call of billing (Ana Lima, Bo Chen) or a Warroom admin may. Anyone may take a role nobody "
                + "holds.", refused);
        assertFalse(refused.contains("\n"), "one line");
        assertEquals("Ana Lima", holder(key, "COMMANDER"));

        assertEquals("Incident commander: Eve (was Ana Lima)", world.discord(cy, "role", "role", "commander", "user",
                eve, "incident", key), "Cy is an admin by on-call file id");
        assertEquals(List.of("Incident commander: Ana Lima", "⛔ " + refused, "Incident commander: Eve (was Ana Lima)"),
                AuthzWorld.roleEntries(key));
    }

    @Test
    void theApiTokenMayReassignWhoeverTheBodyClaimsToBe() {
        String key = People.open("Checkout via API", "2", "checkout");
        world.slack(AuthzWorld.EVE, "eve", key + " role commander me");
        Map<String, String> claimsMal = Map.of("platform", "slack", "id", AuthzWorld.MAL, "name", "mal");
        People.run(key, "role commander me", claimsMal).statusCode(200)
                .body("text", equalTo("Incident commander: mal (via API) (was eve)"));
        Api.authorized().get("/api/incidents/" + key + "/timeline").then()
                .body("findAll { it.kind == 'role' }.actor.name", equalTo(List.of("eve", "mal (via API)")));
    }

    @Test
    void onlyTheCommanderByUserIdOrAnAdminMayBackfillTheTimeline() {
        String key = People.open("Checkout backfill", "2", "checkout");
        world.slack(AuthzWorld.EVE, "eve", key + " role commander me");

        String refused = world.slack(AuthzWorld.MAL, "eve", key + " note --at 09:30 deploy 4411 went out");
        assertEquals("Only the incident commander (eve) or a Warroom admin can backfill the timeline of " + key + ".",
                refused, "a look-alike display name is not the commander");
        assertEquals(List.of(), backfilled(key));

        assertEquals("Noted on " + key + " at 09:30 UTC (backfilled).",
                world.slack(AuthzWorld.EVE, "eve", key + " note --at 09:30 deploy 4411 went out"));
        assertEquals("Noted on " + key + " at 09:20 UTC (backfilled).",
                world.slack(AuthzWorld.ADMIN_SLACK, "root", key + " note --at 09:20 first 5xx in the logs"));
        assertEquals(List.of("first 5xx in the logs", "deploy 4411 went out"), backfilled(key));
    }

    @Test
    void onlyTheCommanderByUserIdOrAnAdminMayChangeWhenTheImpactBegan() {
        String key = People.open("Checkout impact start", "2", "checkout");
        world.slack(AuthzWorld.EVE, "eve", key + " role commander me");
        String detected = Api.authorized().get("/api/incidents/" + key).then().extract().path("milestones.detected");

        String refused = world.slack(AuthzWorld.MAL, "eve", key + " started 00:00");
        assertEquals("Only the incident commander (eve) or a Warroom admin can change when the impact of " + key
                + " began.", refused, "a look-alike display name is not the commander");
        assertEquals(detected, Api.authorized().get("/api/incidents/" + key).then().extract()
                .path("milestones.started"));

        assertTrue(world.slack(AuthzWorld.ADMIN_SLACK, "root", key + " started 00:00").startsWith("Impact began "));
    }

    @Test
    void onceThereIsACommanderOnlyTheyOrAnAdminMayChangeTheServiceWhileAnyoneMayRetitle() {
        String key = People.open("Zebra feed stuck", "2", "zebra-feed");
        assertEquals("Service set: zebra-ledger (was: zebra-feed)", world.slack(AuthzWorld.MAL, "mal",
                key + " service zebra-ledger"), "before there is a commander, anyone may, as when opening");
        world.slack(AuthzWorld.EVE, "eve", key + " role commander me");

        String refused = world.slack(AuthzWorld.MAL, "eve", key + " service zebra-vault");
        assertEquals("Only the incident commander (eve) or a Warroom admin can change the service of " + key + ".",
                refused, "naming a service would move whose on-call may reassign roles");
        assertEquals("Title changed: Zebra feed stuck → Zebra feed stuck after deploy 4411",
                world.slack(AuthzWorld.MAL, "mal", key + " title Zebra feed stuck after deploy 4411"));
        assertEquals("Service set: zebra-feed (was: zebra-ledger)", world.slack(AuthzWorld.EVE, "eve",
                key + " service zebra-feed"));

        FakeUser ana = world.anaOnDiscord();
        assertEquals("Only the incident commander (eve) or a Warroom admin can change the service of " + key + ".",
                world.discord(ana, "service", "name", "none", "incident", key));
        assertEquals("Service cleared (was: zebra-feed)", world.discord(world.cyOnDiscord(), "service", "name", "none",
                "incident", key), "Cy is an admin by on-call file id");
        assertEquals("Title changed: Zebra feed stuck after deploy 4411 → Zebra feed stuck after deploy 4411 went out",
                world.discord(ana, "title", "title", "Zebra feed stuck after deploy 4411 went out", "incident", key));
        assertEquals("Zebra feed stuck after deploy 4411 went out", Api.authorized().get("/api/incidents/" + key).then()
                .statusCode(200).extract().path("title"));
    }

    private static List<String> backfilled(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .path("findAll { it.backfilled == true }.text");
    }
}
