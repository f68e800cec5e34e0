package io.warroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String line : text().split("\n")) {
                if (line.contains(containing)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No log line containing \"" + containing + "\" after " + timeout.toSeconds()
                        + "s:\n" + text());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    public long count(String containing) {
        return text().lines().filter(l -> l.contains(containing)).count();
    }
}
