package io.warroom.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.warroom.monitor.Monitors;
import io.warroom.monitor.MonitorsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchedFileTest {

    private static final String ONE_CHECK = """
            monitors:
              - { name: www, url: http://www.example/healthz, service: www }
            """;

    @TempDir
    Path dir;

    private WatchedFile<Monitors> watch(Path file) {
        return new WatchedFile<>(file, "Monitors file", text -> MonitorsFile.parse(text, file.toString(),
                Map.<String, String>of()::get));
    }

    private static void write(Path file, String text, int secondsLater) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(secondsLater)));
    }

    @Test
    void aBrokenEditKeepsWhatWasReadBeforeAndTheNextGoodEditIsRead() throws IOException {
        Path file = dir.resolve("monitors.yaml");
        write(file, ONE_CHECK, 0);
        WatchedFile<Monitors> watched = watch(file);
        assertEquals(1, watched.current().checks().size());

        String tabbed = ONE_CHECK + "\t- { name: api }\n";
        String refusal = assertThrows(ConfigFileException.class, () -> MonitorsFile.parse(tabbed, "monitors.yaml",
                Map.<String, String>of()::get)).getMessage();
        assertEquals(true, refusal.startsWith("monitors.yaml: not valid YAML at line 3, column 1: "), refusal);
        write(file, tabbed, 10);
        assertEquals(1, watched.current().checks().size());

        write(file, ONE_CHECK + "  - { name: api, url: http://api.example/healthz, service: api }\n", 20);
        assertEquals(2, watched.current().checks().size());
    }

    @Test
    void aBrokenFileAtStartIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("monitors.yaml");
        write(file, ONE_CHECK + "  - { name: api, url: http://api.example/healthz, servce: api }\n", 0);
        assertEquals(file + ": line 3: monitors[1]: unknown key `servce`; known keys: accept, failures_before_alert, "
                + "headers, interval, method, name, service, timeout, url",
                assertThrows(ConfigFileException.class, () -> watch(file).current()).getMessage());
    }
}
