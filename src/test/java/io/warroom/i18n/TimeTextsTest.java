package io.warroom.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimeTextsTest {

    private static final Instant AT = Instant.parse("2026-12-06T07:05:00Z");

    @Test
    void englishWritesShortUnitsAndMonthNames() {
        TimeTexts en = TimeTexts.in(Language.EN);
        assertEquals("45s", en.duration(Duration.ofSeconds(45)));
        assertEquals("12m", en.duration(Duration.ofMinutes(12)));
        assertEquals("1h 5m", en.duration(Duration.ofMinutes(65)));
        assertEquals("3d 2h", en.duration(Duration.ofHours(74)));
        assertEquals("Dec 6, 2026 07:05", en.dateTime(AT, ZoneOffset.UTC));
        assertEquals("Dec 6, 2026", en.date(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void koreanWritesHangulUnitsAndYearFirstDates() {
        TimeTexts ko = TimeTexts.in(Language.KO);
        assertEquals("45초", ko.duration(Duration.ofSeconds(45)));
        assertEquals("12분", ko.duration(Duration.ofMinutes(12)));
        assertEquals("1시간 5분", ko.duration(Duration.ofMinutes(65)));
        assertEquals("3일 2시간", ko.duration(Duration.ofHours(74)));
        assertEquals("2026년 12월 6일 16:05", ko.dateTime(AT, java.time.ZoneId.of("Asia/Seoul")));
        assertEquals("2026년 12월 6일", ko.date(LocalDate.of(2026, 12, 6)));
    }
}
