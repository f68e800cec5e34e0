package io.warroom.oncall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** On-call, reminders and runbooks reach chat only through the outbox: no Slack, JDA or JAX-RS type in them. */
class PlatformFreePackagesTest {

    private static final List<String> FORBIDDEN = List.of("import com.slack", "import net.dv8tion",
            "import jakarta.ws.rs", "import static com.slack", "import static net.dv8tion");

    @Test
    void noPlatformOrRestImports() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Stream.of("oncall", "reminder", "runbook")
                .map(p -> Path.of("src/main/java/io/warroom", p)).flatMap(PlatformFreePackagesTest::walk)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 30, "found only " + sources.size() + " sources; is the working directory right?");
        List<String> offending = sources.stream().flatMap(f -> lines(f).stream()
                .filter(line -> FORBIDDEN.stream().anyMatch(line.strip()::startsWith)).map(line -> f + ": " + line))
                .toList();
        assertEquals(List.of(), offending);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
