package io.warroom.tracker;

/** Whether an issue is closed (done) in its tracker, and by whom and how when the tracker says. */
record IssueState(boolean closed, String closedBy, String how) {

    static IssueState open() {
        return new IssueState(false, null, null);
    }
}
