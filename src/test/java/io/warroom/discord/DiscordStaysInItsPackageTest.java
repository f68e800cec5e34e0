package io.warroom.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JDA (and its OkHttp) are used only by the Discord adapter; the rest of Warroom never sees them. */
class DiscordStaysInItsPackageTest {

    @Test
    void onlyIoWarroomDiscordImportsJda() throws IOException {
        Path main = Path.of("src/main/java");
        Path adapter = main.resolve("io/warroom/discord");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(adapter)).filter(DiscordStaysInItsPackageTest::importsJda)
                    .map(main::relativize).map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static boolean importsJda(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import net.dv8tion.")
                    || l.startsWith("import com.neovisionaries."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
