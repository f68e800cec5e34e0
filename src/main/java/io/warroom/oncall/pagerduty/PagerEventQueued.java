package io.warroom.oncall.pagerduty;

/** Fired when a PagerDuty event is queued; observed after commit to send it at once. */
record PagerEventQueued(long eventId) {
}
