package io.warroom.postmortem;

/** A rendered postmortem. */
public record Postmortem(String incidentKey, String filename, String markdown) {
}
