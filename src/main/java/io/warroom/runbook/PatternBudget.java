package io.warroom.runbook;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches a parameter value against its pattern within a time limit. A pattern with nested repetition can take
 * exponential time on a crafted value; the value is read through a CharSequence that gives up once the time is
 * spent, so the command thread is freed instead of held for minutes.
 */
final class PatternBudget {

    static final Duration LIMIT = Duration.ofMillis(100);
    private static final int CHECK_EVERY = 1024;

    private PatternBudget() {
    }

    /** Whether the whole value matches; empty when finding out took longer than the limit. */
    static Optional<Boolean> matches(Pattern pattern, String value) {
        try {
            return Optional.of(pattern.matcher(new TimedChars(value, System.nanoTime() + LIMIT.toNanos())).matches());
        } catch (TooSlow slow) {
            return Optional.empty();
        }
    }

    private static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    private static final class TimedChars implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        TimedChars(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new TimedChars(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
