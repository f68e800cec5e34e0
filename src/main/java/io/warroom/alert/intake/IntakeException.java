package io.warroom.alert.intake;

import io.warroom.incident.Echo;

/**
 * A delivery Warroom refuses, with the HTTP status the sender gets: 400 unreadable, 401 not authentic, 422 a required
 * field missing or wrong (named), 502 when a vendor endpoint needed to accept it failed, 503 when it could not be
 * stored or routed (the sender should retry). Nothing is kept for it, unless routing had begun.
 */
public class IntakeException extends RuntimeException {

    private static final int MESSAGE_MAX = 1000;

    private final int status;
    private final String field;

    public IntakeException(int status, String field, String message) {
        // Callers clip what they quote; this keeps any message they missed from carrying a payload back.
        super(Echo.of(message, MESSAGE_MAX));
        this.status = status;
        this.field = field;
    }

    public static IntakeException missing(String field) {
        return new IntakeException(422, field, "Missing required field `" + field + "`.");
    }

    public static IntakeException invalid(String field, String message) {
        return new IntakeException(422, field, message);
    }

    public static IntakeException unauthorized(String message) {
        return new IntakeException(401, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
