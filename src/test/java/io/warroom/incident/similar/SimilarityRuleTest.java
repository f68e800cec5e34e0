package io.warroom.incident.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.warroom.incident.similar.SimilarFixture.Past;
import io.warroom.incident.similar.SimilarFixture.Probe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SimilarityRuleTest {

    private static final Instant FIRST = Instant.parse("2026-03-01T09:00:00Z");

    static Stream<Arguments> probes() {
        return SimilarFixture.PROBES.stream().map(p -> Arguments.of(p.title(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void newIncidentsGetTheEarlierOnesThatLookAlikeBestFirst(String title, Probe probe) {
        Set<String> own = Terms.of(probe.service(), List.of(), probe.title());
        List<SimilarityRule.Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < SimilarFixture.PAST.size(); n++) {
            Past past = SimilarFixture.PAST.get(n);
            Set<String> theirs = Terms.of(past.service(), List.of(), past.title(), past.trigger(), past.rootCause());
            candidates.add(new SimilarityRule.Candidate(n, SimilarityRule.score(own.stream().filter(theirs::contains)
                    .toList()), past.status(), past.rootCause() != null, FIRST.plus(Duration.ofDays(n))));
        }
        List<String> ranked = SimilarityRule.rank(candidates).stream()
                .map(c -> SimilarFixture.PAST.get((int) c.number()).name()).toList();
        assertEquals(probe.expected(), ranked);
    }

    @Test
    void theSameAlertOutweighsEverySharedWord() {
        SimilarityRule.Score alert = SimilarityRule.score(List.of("fp:alertmanager:4f1c"));
        SimilarityRule.Score words = SimilarityRule.score(List.of("service:checkout", "connection", "pool",
                "exhausted", "database", "timeout", "replica"));
        assertEquals(100, alert.points());
        assertEquals(List.of("same alert"), alert.reasons());
        assertEquals(25 + 4 * 15, words.points(), "at most four words count");
        assertEquals(List.of("same service", "shared words: connection, pool, exhausted, database, timeout, replica"),
                words.reasons());
        assertTrue(alert.points() > words.points());
        assertEquals(60, SimilarityRule.score(List.of("group:alertmanager:{}:{alertname=\"X\"}")).points());
    }

    @Test
    void aSharedServiceOrOneSharedWordAloneIsNotShown() {
        assertFalse(SimilarityRule.score(List.of("service:checkout")).shown());
        assertFalse(SimilarityRule.score(List.of("latency")).shown());
        assertTrue(SimilarityRule.score(List.of("latency", "p99")).shown());
        assertTrue(SimilarityRule.score(List.of("service:checkout", "latency")).shown());
    }

    @Test
    void atMostThreeAreShown() {
        List<SimilarityRule.Candidate> five = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            five.add(new SimilarityRule.Candidate(n, SimilarityRule.score(List.of("fp:x:1")),
                    io.warroom.incident.IncidentStatus.CLOSED, true, FIRST.plus(Duration.ofHours(n))));
        }
        assertEquals(List.of(5L, 4L, 3L), SimilarityRule.rank(five).stream().map(SimilarityRule.Candidate::number)
                .toList(), "equal in every way: the most recent first");
    }

    @Test
    void wordsDropStopWordsShortTokensPluralsAndKoreanParticles() {
        assertEquals(List.of("timeout", "upstream", "5xx", "api", "gateway"),
                List.copyOf(Terms.words("The timeouts of the upstream: 5xx on API-gateway")));
        assertEquals(List.of("결제", "서비스", "장애"), List.copyOf(Terms.words("결제가 서비스에서 장애")));
        assertEquals(List.of("status", "class", "redis"), List.copyOf(Terms.words("status class redis is ok")),
                "words ending in us, ss or is keep their s; ok is too short");
        assertTrue(Terms.words("incident 20261203123456 alert").isEmpty(), "boilerplate and long numbers");
    }

    @Test
    void termsCarryTheServiceAndAlertKeysAndAtMost64Words() {
        StringBuilder trigger = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            trigger.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
        }
        Set<String> terms = Terms.of(" Checkout ", List.of("fp:alertmanager:4f1c"), "Pool exhausted",
                trigger.toString());
        assertTrue(terms.contains("service:checkout"));
        assertTrue(terms.contains("fp:alertmanager:4f1c"));
        assertTrue(terms.contains("pool"));
        assertEquals(2 + Terms.MAX_WORDS, terms.size());
    }
}
