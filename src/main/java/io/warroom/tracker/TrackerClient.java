package io.warroom.tracker;

/** One tracker's REST API: create an issue, read whether it is closed. One attempt each; no retries here. */
interface TrackerClient {

    TrackerKind kind();

    FiledIssue create(Tracker tracker, IssueDraft draft, String token) throws TrackerException;

    IssueState state(Tracker tracker, String ref, String token) throws TrackerException;
}
