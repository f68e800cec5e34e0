package io.warroom.reply;

import io.warroom.i18n.Language;
import io.warroom.incident.ImpactStart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the impact start reads in replies, on the timeline and on the card, in the configured zone. */
public final class ImpactStartText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter COMMAND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private ImpactStartText() {
    }

    /** "14:26 UTC, 6h 9m before detection", with the date when it differs from the detection's. */
    public static String since(Instant started, Instant detected, ZoneId zone) {
        return since(started, detected, zone, Language.EN);
    }

    /** {@link #since(Instant, Instant, ZoneId)} in a language: "14:26 UTC, 탐지 6시간 9분 전". */
    public static String since(Instant started, Instant detected, ZoneId zone, Language language) {
        CardMessages words = IncidentText.words(language);
        String before = ImpactStart.beforeDetection(started, detected).map(d -> IncidentText.duration(d, language))
                .map(words::beforeDetection).orElse(words.atDetection());
        return words.since(at(started, detected, zone), before);
    }

    /** The timeline's line for a moved start: "Impact began 14:26 UTC, 6h 9m before detection (was 18:00 UTC)". */
    public static String moved(Instant from, Instant to, Instant detected, ZoneId zone) {
        return moved(from, to, detected, zone, Language.EN);
    }

    public static String moved(Instant from, Instant to, Instant detected, ZoneId zone, Language language) {
        CardMessages words = IncidentText.words(language);
        String since = since(to, detected, zone, language);
        return ImpactStart.beforeDetection(from, detected).isPresent()
                ? words.impactBeganWas(since, at(from, detected, zone)) : words.impactBegan(since);
    }

    /** A time of day in zone, with its date when that is not the detection's date. */
    public static String at(Instant instant, Instant detected, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        if (day.equals(detected.atZone(zone).toLocalDate())) {
            return IncidentText.time(instant, zone);
        }
        return full(instant, zone);
    }

    /** "2026-03-01 14:26 UTC". */
    public static String full(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " " + zoneLabel(zone);
    }

    /** The zone as times are labelled everywhere: "UTC" or its id. */
    public static String zoneLabel(ZoneId zone) {
        return zone.getId().equals("Z") || zone.getId().equals("UTC") ? "UTC" : zone.getId();
    }

    /** The {@code started} command that sets this instant, as a button or a hint would run it. */
    public static String command(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return "started " + (local.getSecond() == 0 ? DATE_TIME : COMMAND_TIME).format(local);
    }
}
