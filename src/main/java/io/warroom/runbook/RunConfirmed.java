package io.warroom.runbook;

/** Fired when a run is confirmed; observed after commit, when the run starts on a worker thread. */
record RunConfirmed(long runId, RunPlan plan) {
}
