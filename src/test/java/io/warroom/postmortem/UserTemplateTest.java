package io.warroom.postmortem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.warroom.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People edit templates/postmortem.md; their edits are used at once, and mistakes are explained. */
@QuarkusTest
@TestProfile(UserTemplateTest.OwnTemplatesDir.class)
class UserTemplateTest {

    static final Path DIR = Path.of("target/test-templates");

    public static class OwnTemplatesDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("warroom.templates-dir", DIR.toString());
        }
    }

    @AfterEach
    void removeTemplate() throws IOException {
        Files.deleteIfExists(DIR.resolve("postmortem.md"));
        Files.deleteIfExists(DIR.resolve("postmortem.ko.md"));
    }

    @Test
    void anEditedTemplateIsUsedWithoutRestart() throws IOException {
        String key = Api.open("Disk full", "3", "db");
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("postmortem.md"), "Review of {key} ({severity}): {title}\n");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .body(equalTo("Review of " + key + " (SEV3): Disk full\n"));
        Files.writeString(DIR.resolve("postmortem.md"), "Second draft for {key}, longer than the first\n");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .body(equalTo("Second draft for " + key + ", longer than the first\n"));
    }

    @Test
    void withoutATemplateTheBundledOneIsUsed() {
        String key = Api.open("Cert expired", "2", "edge");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .body(startsWith("# " + key + ": Cert expired\n"));
    }

    @Test
    void eachLanguageHasItsOwnTemplateAndFallsBackToItsBundledCopy() throws IOException {
        String key = Api.open("DNS outage", "2", "dns");
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("postmortem.md"), "Review of {key}\n");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md?lang=ko").then().statusCode(200)
                .body(startsWith("# " + key + ": DNS outage\n\n> 이 회고는 비난 없는 포스트모템입니다."));
        Files.writeString(DIR.resolve("postmortem.ko.md"), "{key} 회고\n");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md?lang=ko").then().statusCode(200)
                .body(equalTo(key + " 회고\n"));
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(200)
                .body(equalTo("Review of " + key + "\n"));
    }

    @Test
    void aBrokenTemplateNamesTheLineInsteadOfAStackTrace() throws IOException {
        String key = Api.open("Broken template", "4", "docs");
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("postmortem.md"), "# {key}\n\n## Summary\n{#if summary}\n{summary}\n");
        Api.authorized().get("/api/incidents/" + key + "/postmortem.md").then().statusCode(500)
                .body("error", equalTo("The postmortem template target/test-templates/postmortem.md has an error "
                        + "on line 5: a {#if} section is never closed; add {/if}"));
        Files.writeString(DIR.resolve("postmortem.md"), "# {key}\n{nosuchfield}\n");
        Api.run(key, "postmortem").statusCode(500)
                .body("error", containsString("nosuchfield")).body("error", startsWith("The postmortem template target/test-templates/postmortem.md has an error "
                        + "on line 2:"));
    }
}
