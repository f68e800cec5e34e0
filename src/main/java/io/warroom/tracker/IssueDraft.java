package io.warroom.tracker;

import java.time.LocalDate;

/** What an action item becomes in a tracker. due may be null. */
record IssueDraft(String title, String body, LocalDate due) {
}
