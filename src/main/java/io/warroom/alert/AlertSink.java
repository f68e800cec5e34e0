package io.warroom.alert;

/**
 * Where every normalized alert goes: routing decides whether it opens an incident, joins one, or is only posted.
 * Intake endpoints and the built-in monitors call it; it runs its own transaction.
 */
public interface AlertSink {

    AlertRouting accept(Alert alert);

    /** What became of an alert: the incident it opened or joined (0 when none) and a one-line reason. */
    record AlertRouting(Outcome outcome, long incidentNumber, String detail) {
    }

    enum Outcome {
        OPENED,
        JOINED,
        RESOLVED,
        POSTED,
        DUPLICATE,
        IGNORED
    }
}
