package io.warroom.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser tests fail, rather than skip, on a machine without Chromium, and say what to install. */
class BrowserTest {

    @Test
    void aMissingBrowserFailsTheTestNamingTheDebianPackages() {
        AssertionError missing = assertThrows(AssertionError.class,
                () -> Browser.installed("/nonexistent/chromium", "/usr/bin/chromium", "Chromium"));
        assertTrue(missing.getMessage().contains("Chromium at /nonexistent/chromium"), missing.getMessage());
        assertTrue(missing.getMessage().contains("apt-get install chromium chromium-driver"), missing.getMessage());
    }

    @Test
    void withoutAConfiguredPathTheDebianOneIsUsed() {
        assertEquals(Path.of("/bin/sh"), Browser.installed(null, "/bin/sh", "a shell"));
        assertEquals(Path.of("/bin/sh"), Browser.installed(" ", "/bin/sh", "a shell"));
    }
}
