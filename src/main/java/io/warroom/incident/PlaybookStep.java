package io.warroom.incident;

/** A checklist step from the playbook; a key lets Warroom tick it by itself. */
public record PlaybookStep(String key, String text) {
}
