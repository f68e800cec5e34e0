package io.warroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The world on-call tests run in: a fake PagerDuty and a fake ops API on loopback, and the on-call and runbooks
 * files pointing at them. Tests reach the fakes through the static accessors (same class loader as the tests).
 */
public class OnCallWorld implements QuarkusTestResourceLifecycleManager {

    public static final String PAGERDUTY_KEY = "global-routing-key-3c7a";
    /** The argument of the sleep the hanging runbook action starts, to find it among the machine's processes. */
    public static final String HANG_MARKER = "314." + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);

    private static FakeHttp pagerDuty;
    private Map<String, String> args = Map.of();
    private static FakeHttp opsApi;
    private static Path dir;

    public static FakeHttp pagerDuty() {
        return pagerDuty;
    }

    public static FakeHttp opsApi() {
        return opsApi;
    }

    /** Where the world's files live; runbook commands run here. */
    public static Path dir() {
        return dir;
    }

    public static Path runbooksFile() {
        return dir.resolve("runbooks.yaml");
    }

    /**
     * Init args: {@code fake-chat=false} leaves the fake chat platforms off (for tests with the Slack and Discord
     * fakes); any {@code warroom.*} arg is passed on as a setting.
     */
    @Override
    public void init(Map<String, String> initArgs) {
        args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        pagerDuty = FakeHttp.start(request -> FakeHttp.Response.of(202,
                "{\"status\":\"success\",\"message\":\"Event processed\"}"));
        opsApi = FakeHttp.start(request -> FakeHttp.Response.of(200, "{\"flushed\": true, \"seen_authorization\": \""
                + request.header("Authorization") + "\"}"));
        try {
            dir = Files.createDirectories(Path.of("target", "oncall-world").toAbsolutePath());
            Files.writeString(dir.resolve("oncall.yaml"), ONCALL);
            Files.writeString(runbooksFile(), runbooks());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = new LinkedHashMap<>(Map.of(
                "warroom.oncall.file", dir.resolve("oncall.yaml").toString(),
                "warroom.runbooks.file", runbooksFile().toString(),
                "warroom.pagerduty.url", pagerDuty.url("/v2/enqueue"),
                "warroom.pagerduty.routing-key", PAGERDUTY_KEY,
                "warroom.oncall.page-up-to", "SEV3",
                "warroom-test.fake-chat", String.valueOf(!"false".equals(args.get("fake-chat")))));
        config.putAll(FakeTrackers.start(dir));
        args.forEach((name, value) -> {
            if (name.startsWith("warroom.")) {
                config.put(name, value);
            }
        });
        return config;
    }

    @Override
    public void stop() {
        pagerDuty.close();
        opsApi.close();
        FakeTrackers.stop();
    }

    public static String runbooks() {
        return RUNBOOKS.replace("@DIR@", dir.toString()).replace("@OPS@", opsApi.url(""))
                .replace("@HANG@", HANG_MARKER);
    }

    static final String ONCALL = """
            zone: Europe/Berlin
            people:
              ana: { name: Ana Lima, slack: U01ANA, discord: "302050872383242240" }
              bo:  { name: Bo Chen, slack: U01BO }
              cy:  { name: Cy Diaz, discord: "302050872383242241" }
              lee: { name: Lee Park, slack: U01LEE, discord: "302050872383242242" }
            teams:
              payments:
                services: [checkout, billing]
                rotations:
                  primary: { people: [ana, bo, cy], length: 1w, start: 2025-01-06, handoff: "09:00" }
                  secondary: { people: [bo, cy, ana], length: 1w, start: 2025-01-06, handoff: "09:00" }
                overrides:
                  - { rotation: primary, person: lee, from: 2025-01-10T18:00, until: 2025-01-13T09:00 }
                escalation:
                  - { notify: [primary], wait: 5m }
                  - { notify: [secondary], wait: 5m }
                  - { notify: [lee], wait: 10m }
                pagerduty_routing_key_env: WARROOM_TEST_PAGERDUTY_TEAM_KEY
              search:
                services: [search]
                rotations:
                  main: { people: [cy], length: 1d, start: 2025-01-06 }
            """;

    static final String RUNBOOKS = """
            services:
              checkout:
                rollback:
                  description: Roll checkout back to the previous revision
                  command: [printf, "rolled back %s in %s\\n", "deployment/{service}", "{namespace}"]
                  working_dir: "@DIR@"
                  parameters:
                    namespace: { pattern: "[a-z0-9-]{1,63}", default: prod }
                  allowed_people: [lee]
                say:
                  command: [printf, "<%s>\\n", "{message}"]
                  working_dir: "@DIR@"
                  parameters:
                    message: { pattern: "[^\\\\n]{1,200}" }
                hang:
                  command: [find, ".", -maxdepth, "0", -exec, sleep, "@HANG@", ";"]
                  working_dir: "@DIR@"
                  timeout: 2s
                broken:
                  command: [ls, /nonexistent/warroom/path]
                  working_dir: "@DIR@"
                flush-cache:
                  http:
                    method: POST
                    url: "@OPS@/flush/{scope}"
                    headers:
                      Authorization: "Bearer ${WARROOM_TEST_CACHE_TOKEN}"
                    body: '{"incident": "{incident.key}", "reason": "{incident.title}"}'
                  parameters:
                    scope: { pattern: "sessions|all", default: sessions }
                  allowed_roles: [oncall]
              search:
                reindex:
                  command: ["true"]
            """;
}
