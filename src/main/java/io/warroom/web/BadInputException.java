package io.warroom.web;

import io.warroom.incident.Echo;

/** Input the API cannot take; answered 400 (unreadable) or 422 (readable but wrong), naming the field. */
public class BadInputException extends RuntimeException {

    private static final int MESSAGE_MAX = 1000;

    private final int status;
    private final String field;

    public BadInputException(int status, String field, String message) {
        // Callers clip what they quote; this keeps any message they missed from carrying a payload back.
        super(Echo.of(message, MESSAGE_MAX));
        this.status = status;
        this.field = field;
    }

    public static BadInputException invalid(String field, String message) {
        return new BadInputException(422, field, message);
    }

    /** A 422 naming the field when value is longer than its column takes. */
    public static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid(field, "`" + field + "` is " + value.length() + " characters; the limit is " + max + ".");
        }
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
