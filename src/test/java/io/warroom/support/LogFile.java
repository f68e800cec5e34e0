package io.warroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The application's log file: in tests Quarkus writes it to target/quarkus.log, starting it afresh whenever an
 * application starts, so it holds what operators of the running application would read.
 */
public final class LogFile {

    private static final Path PATH = Path.of("target/quarkus.log");

    private LogFile() {
    }

    public static LogFile current() {
        return new LogFile();
    }

    /** The settings that make Quarkus write the log file, every category included. */
    public static Map<String, String> config() {
        return Map.of("quarkus.log.file.enabled", "true");
    }

    public String text() {
        if (!Files.exists(PATH)) {
            return "";
        }
        try {
            return new String(Files.readAllBytes(PATH), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line containing the text and returns it. */
    public String awaitLine(String containing, Duration timeout) {
        String text = Eventually.await("a log line containing \"" + containing + "\"", this::text,
                t -> lineOf(t, containing).isPresent(), timeout);
        return lineOf(text, containing).orElseThrow();
    }

    private static Optional<String> lineOf(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).findFirst();
    }

    public long count(String containing) {
        return text().lines().filter(l -> l.contains(containing)).count();
    }
}
