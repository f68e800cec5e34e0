package io.warroom.chat.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An on-call file with one person, Cy, on call for service {@code paging} on every platform of the contract, so an
 * incident opened for that service pages Cy: an invitation into the room, a mention there and a direct message.
 */
public class ContractOnCall implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE = "paging";
    public static final String NAME = "Cy Diaz";
    public static final String SLACK_ID = "U0CY000001";
    public static final String DISCORD_ID = "302050872383242299";

    private static final String FILE = """
            zone: UTC
            people:
              cy: { name: %s, slack: %s, discord: "%s" }
            teams:
              paging:
                services: [%s]
                rotations:
                  main: { people: [cy], length: 1d, start: 2025-01-06 }
                escalation:
                  - { notify: [main], wait: 1h }
            """.formatted(NAME, SLACK_ID, DISCORD_ID, SERVICE);

    @Override
    public Map<String, String> start() {
        try {
            Path file = Files.createDirectories(Path.of("target", "contract-oncall")).resolve("oncall.yaml")
                    .toAbsolutePath();
            Files.writeString(file, FILE);
            return Map.of("warroom.oncall.file", file.toString(), "warroom.oncall.page-up-to", "SEV3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
