package io.warroom.tracker;

/** A created issue: how the tracker names it ({@code acme/api#341}, {@code OPS-7}) and where people open it. */
record FiledIssue(String ref, String url) {
}
