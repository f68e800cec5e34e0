package io.warroom.incident;

/** A command that the incident's current state does not allow; the message says why and what to do. */
public class IncidentRuleException extends RuntimeException {

    public IncidentRuleException(String message) {
        super(message);
    }
}
