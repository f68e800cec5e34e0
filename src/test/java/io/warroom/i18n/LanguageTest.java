package io.warroom.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7 | ko",
            "en-US,en;q=0.9                      | en",
            "fr-FR,fr;q=0.9,ko;q=0.5             | ko",
            "en;q=0.2,ko;q=0.8                   | ko",
            "ko;q=0,en                           | en",
            "fr,de                               | none",
            "*                                   | none",
            ";;;q=abc                            | none" })
    void browserPreferenceChoosesTheBestSpokenLanguage(String header, String expected) {
        assertEquals(Optional.ofNullable(expected).flatMap(Language::parse), Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @CsvSource({ "ko,KO", "KO,KO", "ko-KR,KO", "ko_KR,KO", "en,EN", "en-GB,EN" })
    void tagsAndRegionsReadAsTheirLanguage(String text, Language expected) {
        assertEquals(expected, Language.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({ "fr", "korean", "'   '" })
    void otherLanguagesAreRefusedWithTheChoicesNamed(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Language.require(text, "language"));
        assertEquals("language must be one of en|ko, not `" + text + "`", e.getMessage());
    }
}
