package io.warroom.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.warroom.oncall.EscalationJob;
import io.warroom.runbook.RunbookRun;
import io.warroom.support.discord.FakeDiscord;
import io.warroom.support.discord.FakeUser;
import io.warroom.support.slack.FakeSlack;
import io.warroom.support.slack.SignedSlackRequests;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The people of authorization tests and how they act: the on-call file of {@link OnCallWorld} (Ana and Bo on call
 * for checkout on {@code RunbookTest.TUESDAY}, Cy for search, Lee on the third escalation level), admins by
 * {@link #ADMINS}, and people nobody gave any rights. Its runbooks add {@code touch}, an action whose run leaves a
 * file, so a test sees whether anything ran, and {@code guarded-touch}, the same needing another person's approval.
 */
public final class AuthzWorld implements AutoCloseable {

    /** WARROOM_ADMINS of these tests: Cy by on-call file id, and a Slack user by platform id. */
    public static final String ADMINS = "cy,slack:U0ADMIN001";
    public static final String ADMIN_SLACK = "U0ADMIN001";
    public static final String ANA_SLACK = "U01ANA";
    public static final String BO_SLACK = "U01BO";
    public static final String LEE_SLACK = "U01LEE";
    /** Slack users in no configuration at all. */
    public static final String EVE = "U0EVE00001";
    public static final String MAL = "U0MAL00001";

    private final FakeDiscord discord;
    private final EntityManager em;
    private final EscalationJob escalations;
    private final SignedSlackRequests signed = SignedSlackRequests.forFake();
    private final FakeHttp responseUrl = FakeHttp.start(r -> FakeHttp.Response.of(200, "ok"));
    private final FakeUser eveOnDiscord;
    private final FakeUser cyOnDiscord;
    private final FakeUser anaOnDiscord;
    private final FakeUser leeOnDiscord;

    private AuthzWorld(FakeDiscord discord, EntityManager em, EscalationJob escalations) {
        this.discord = discord;
        this.em = em;
        this.escalations = escalations;
        discord.awaitBotReady();
        eveOnDiscord = discord.addMember("Eve");
        cyOnDiscord = discord.addMember("302050872383242241", "Cy Diaz");
        anaOnDiscord = discord.addMember("302050872383242240", "Ana Lima");
        leeOnDiscord = discord.addMember("302050872383242242", "Lee Park");
    }

    public static AuthzWorld start(FakeDiscord discord, EntityManager em, EscalationJob escalations)
            throws Exception {
        String runbooks = OnCallWorld.runbooks().replace("  search:\n", "    touch:\n"
                + "      command: [touch, \"touched-{incident.key}\"]\n"
                + "      working_dir: \"" + OnCallWorld.dir() + "\"\n"
                + "    guarded-touch:\n"
                + "      command: [touch, \"guarded-{incident.key}\"]\n"
                + "      working_dir: \"" + OnCallWorld.dir() + "\"\n"
                + "      approvals: 1\n  search:\n");
        Path file = OnCallWorld.runbooksFile();
        if (!Files.readString(file).equals(runbooks)) {
            Files.writeString(file, runbooks);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
        }
        // Incident numbers start again with each run's fresh database: files of earlier runs must not count.
        try (var earlier = Files.newDirectoryStream(OnCallWorld.dir(), "{touched,guarded}-*")) {
            for (Path touched : earlier) {
                Files.delete(touched);
            }
        }
        return new AuthzWorld(discord, em, escalations);
    }

    /** The file the {@code guarded-touch} action leaves when it runs for this incident. */
    public static Path guardedTouched(String key) {
        return OnCallWorld.dir().resolve("guarded-" + key);
    }

    /** The file the {@code touch} action leaves when it runs for this incident. */
    public static Path touched(String key) {
        return OnCallWorld.dir().resolve("touched-" + key);
    }

    public FakeUser eveOnDiscord() {
        return eveOnDiscord;
    }

    public FakeUser cyOnDiscord() {
        return cyOnDiscord;
    }

    public FakeUser anaOnDiscord() {
        return anaOnDiscord;
    }

    public FakeUser leeOnDiscord() {
        return leeOnDiscord;
    }

    /** {@code /incident <text>} typed in Slack's #general, signed as Slack signs it; returns the text answered. */
    public String slack(String userId, String userName, String text) {
        SignedSlackRequests.Answer answer = signed.command(text, userId, userName, FakeSlack.GENERAL,
                responseUrl.url("/hook"));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().path("text").asText();
    }

    /** {@code /incident <subcommand> …} typed in Discord's #general; returns the text answered. */
    public String discord(FakeUser user, String subcommand, Object... options) {
        return discord.slashCommand(user, discord.generalChannelId(), subcommand, options).awaitAnswerText();
    }

    /** Asks for a run through the REST API, which holds the admin token; returns the confirm command. */
    public static String askAsAdmin(String key, String text) {
        return People.run(key, text, People.ANA).statusCode(200).extract().path("confirmation.command");
    }

    public static long runId(String confirmCommand) {
        return Long.parseLong(confirmCommand.split(" ")[2]);
    }

    /** The confirm command of the incident's one pending run, as its confirmation button carries it. */
    public String pendingConfirm(String key) {
        RunbookRun run = QuarkusTransaction.requiringNew().call(() -> em.createQuery("from RunbookRun r where "
                + "r.incidentNumber = :n and r.status = :s", RunbookRun.class).setParameter("n", People.number(key))
                .setParameter("s", RunbookRun.Status.PENDING).getSingleResult());
        return "run confirm " + run.id + " " + run.planHash;
    }

    /** The statuses of every run asked for on the incident, oldest first. */
    public List<String> runStatuses(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select r.status from RunbookRun r where "
                + "r.incidentNumber = :n order by r.id", RunbookRun.Status.class).setParameter("n", People.number(key))
                .getResultList().stream().map(Enum::name).toList());
    }

    /** Who the incident's runbook timeline entries name, oldest first. */
    public static List<String> runbookActors(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.kind == 'runbook' }.actor.name", String.class);
    }

    /** The timeline's role entries, oldest first. */
    public static List<String> roleEntries(String key) {
        return Api.authorized().get("/api/incidents/" + key + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.kind == 'role' }.text", String.class);
    }

    /** Lets the escalation's wait pass without an acknowledgement, and runs the escalation job. */
    public void escalate(TestClock clock, Duration wait) {
        clock.advance(wait);
        escalations.run();
    }

    @Override
    public void close() {
        responseUrl.close();
    }
}
