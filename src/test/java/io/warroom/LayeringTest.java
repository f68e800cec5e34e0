package io.warroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of the style guide: the domain never sees a chat platform or HTTP, and each platform SDK stays
 * inside its adapter.
 */
class LayeringTest {

    static final Path SOURCES = Path.of("src/main/java/io/warroom");
    static final Pattern SLACK = Pattern.compile("^import (static )?com\\.slack\\.", Pattern.MULTILINE);
    static final Pattern JDA = Pattern.compile("^import (static )?net\\.dv8tion\\.", Pattern.MULTILINE);
    static final Pattern HTTP = Pattern.compile("^import (static )?(jakarta\\.ws\\.rs|org\\.jboss\\.resteasy)\\.",
            Pattern.MULTILINE);

    @Test
    void slackTypesStayInTheSlackAdapter() throws IOException {
        assertEquals(List.of(), offenders(SLACK, "slack"));
    }

    @Test
    void jdaTypesStayInTheDiscordAdapter() throws IOException {
        assertEquals(List.of(), offenders(JDA, "discord"));
    }

    @Test
    void theDomainImportsNoHttpTypes() throws IOException {
        assertEquals(List.of(), offenders(HTTP, "web", "slack", "discord"));
    }

    /** Source files outside the allowed packages that import what the pattern matches. */
    private static List<String> offenders(Pattern imports, String... allowedPackages) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String topPackage = SOURCES.relativize(file).getName(0).toString();
                if (List.of(allowedPackages).contains(topPackage)) {
                    continue;
                }
                if (imports.matcher(Files.readString(file)).find()) {
                    found.add(SOURCES.relativize(file).toString());
                }
            }
        }
        return found;
    }
}
