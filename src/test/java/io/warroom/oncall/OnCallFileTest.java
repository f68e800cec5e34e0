package io.warroom.oncall;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.warroom.i18n.Language;
import static io.warroom.oncall.RotationTest.berlin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.config.ConfigFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnCallFileTest {

    private static OnCallDirectory parse(String yaml) {
        return OnCallFile.parse(yaml, "oncall.yaml", ZoneId.of("UTC"));
    }

    private static String refused(String yaml) {
        return assertThrows(ConfigFileException.class, () -> parse(yaml)).getMessage();
    }

    static String example(String name) {
        try (InputStream in = OnCallFileTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String MINIMAL = """
            people:
              ana: { name: Ana Lima, slack: U01ANA }
              bo: { slack: U01BO }
            teams:
              web:
                services: [www]
                rotations:
                  main: { people: [ana, bo], start: 2025-01-06 }
            """;

    @Test
    void theReadmeExampleDescribesTheScheduleItSaysItDoes() {
        OnCallDirectory directory = parse(example("oncall.yaml"));
        Team payments = directory.teamFor("checkout").orElseThrow();
        assertEquals("payments", payments.name());
        assertEquals("Ana Lima", payments.onCall("primary", berlin("2025-01-06T09:00")).person().name());
        assertEquals("Lee Park", payments.onCall("primary", berlin("2025-01-11T12:00")).person().name());
        assertEquals("Bo Chen", payments.onCall("secondary", berlin("2025-01-07T12:00")).person().name());
        assertEquals("primary 5m → secondary 5m → Lee Park 10m", payments.escalation().describe());
        assertEquals("302050872383242241", directory.person("cy").orElseThrow().discordId());
        assertEquals("PAGERDUTY_KEY_PAYMENTS", payments.pagerDutyRoutingKeyEnv());
        assertEquals(payments, directory.teamFor("search").orElseThrow());
        assertEquals(Language.EN, payments.language());
        assertEquals(ZoneId.of("Europe/Berlin"), payments.zone());
    }

    @Test
    void aTeamMaySpeakItsOwnLanguageAndWorkInItsOwnZone() {
        Team web = parse(MINIMAL + "    language: ko\n    zone: Asia/Seoul\n").team("web").orElseThrow();
        assertEquals(Language.KO, web.language());
        assertEquals(ZoneId.of("Asia/Seoul"), web.zone());
        Team plain = parse("zone: Europe/Berlin\n" + MINIMAL).team("web").orElseThrow();
        assertNull(plain.language(), "no language of its own: Warroom's applies");
        assertEquals(ZoneId.of("Europe/Berlin"), plain.zone());
        assertEquals("oncall.yaml: teams.web.language: `fr` is not a language Warroom speaks (en|ko)",
                refused(MINIMAL + "    language: fr\n"));
        assertEquals("oncall.yaml: teams.web.zone: `Seoul` is not a time zone; use a name such as Europe/Berlin or UTC",
                refused(MINIMAL + "    zone: Seoul\n"));
    }

    @Test
    void theOnCallAndRunbooksPageShowsThisExampleWordForWord() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs/oncall-and-runbooks.md"));
        assertTrue(page.contains("```yaml\n" + example("oncall.yaml") + "```"),
                "docs/oncall-and-runbooks.md's on-call example differs from src/test/resources/examples/oncall.yaml");
    }

    @Test
    void defaultsAreAWeeklyTurnAt0900AndFiveMinutesPerRotation() {
        Team web = parse(MINIMAL).team("web").orElseThrow();
        Rotation main = web.rotations().get("main");
        assertEquals(java.time.Duration.ofDays(7), main.length());
        assertEquals(java.time.LocalTime.of(9, 0), main.handoff());
        assertEquals(ZoneId.of("UTC"), main.zone());
        assertEquals("main 5m", web.escalation().describe());
        assertEquals("bo", parse(MINIMAL).person("bo").orElseThrow().name());
    }

    @Test
    void anUnreadableScheduleIsRefusedWithWhereAndWhy() {
        assertEquals("oncall.yaml: teams.web.rotations.main.people[1]: no person `bob` in people (known: ana, bo)",
                refused(MINIMAL.replace("[ana, bo]", "[ana, bob]")));
        assertEquals("oncall.yaml: teams.web.rotations.main: unknown key `lenght`; known keys: handoff, length, "
                + "people, start, zone", refused(MINIMAL.replace("start: 2025-01-06", "start: 2025-01-06, lenght: 1w")));
        assertEquals("oncall.yaml: teams.web.rotations.main.length: `a week` is not a duration; write e.g. 30s, 5m, "
                + "1h30m, 1d or 1w", refused(MINIMAL.replace("start: 2025-01-06", "start: 2025-01-06, length: a week")));
        assertEquals("oncall.yaml: teams.web.rotations.main.start: `next monday` is not a date; write YYYY-MM-DD",
                refused(MINIMAL.replace("2025-01-06", "next monday")));
        assertEquals("oncall.yaml: people.ana.slack: `u01ana` is not a Slack user id (like U01ABCDEF)",
                refused(MINIMAL.replace("U01ANA", "u01ana")));
        assertEquals("oncall.yaml: teams.web: `rotations` is required",
                refused("teams:\n  web:\n    services: [www]\n"));
        assertEquals("oncall.yaml: default_team: no team `ops` in teams (known: web)",
                refused(MINIMAL + "default_team: ops\n"));
        assertEquals("oncall.yaml: zone: `Mars/Olympus` is not a time zone; use a name such as Europe/Berlin or UTC",
                refused("zone: Mars/Olympus\n" + MINIMAL));
    }

    @Test
    void escalationAndOverridesNameWhatExists() {
        String withEscalation = MINIMAL + "    escalation:\n      - notify: [main, carol]\n";
        assertEquals("oncall.yaml: teams.web.escalation[0].notify: `carol` is neither a rotation of this team (main) "
                + "nor a person in people", refused(withEscalation));
        String override = MINIMAL + "    overrides:\n      - { person: ana, from: 2025-02-01T10:00, until: "
                + "2025-02-01T09:00 }\n";
        assertEquals("oncall.yaml: teams.web.overrides[0].until: must be after `from`", refused(override));
        String twice = MINIMAL + "  api:\n    services: [WWW]\n    rotations:\n      main: { people: [bo], start: "
                + "2025-01-06 }\n";
        assertEquals("oncall.yaml: teams.api: service `WWW` is also listed by team `web`; a service has one owning "
                + "team", refused(twice));
    }

    @Test
    void brokenYamlSaysWhere() {
        String message = refused("people:\n  ana: { name: Ana\n");
        assertEquals(true, message.startsWith("oncall.yaml: not valid YAML at line"), message);
    }

    @Test
    void overridesAcceptOffsetsAndDates() {
        String yaml = MINIMAL + "    overrides:\n      - { person: bo, from: 2025-02-01, until: 2025-02-02T08:00Z }\n";
        RotationOverride override = parse(yaml).team("web").orElseThrow().overrides().get(0);
        assertEquals(java.time.Instant.parse("2025-02-01T00:00:00Z"), override.from());
        assertEquals(java.time.Instant.parse("2025-02-02T08:00:00Z"), override.until());
        assertEquals(List.of("www"), parse(yaml).team("web").orElseThrow().services());
    }
}
