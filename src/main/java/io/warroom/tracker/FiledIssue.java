package io.warroom.tracker;

import java.util.regex.Pattern;

/** A created issue: how the tracker names it ({@code acme/api#341}, {@code OPS-7}) and where people open it. */
record FiledIssue(String ref, String url) {

    /** What later goes into API paths and onto pages: a number or key, and an http(s) link. */
    private static final Pattern REF = Pattern.compile(".+#[1-9]\\d{0,18}|[A-Z][A-Z0-9_]{0,19}-[1-9]\\d{0,18}");

    static FiledIssue checked(Tracker tracker, String ref, String url) throws TrackerException {
        if (!REF.matcher(ref).matches() || !url.matches("https?://\\S{1,1990}")) {
            throw new TrackerException(tracker.describe() + " answered without a usable issue number or link", false,
                    null);
        }
        return new FiledIssue(ref, url);
    }
}
