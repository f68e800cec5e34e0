package io.warroom.oncall;

/** An escalation level was paged (level 1 is the first page of an incident); counted once its transaction commits. */
public record EscalationPaged(int level) {
}
