package io.warroom.web;

/** Input the API cannot take; answered 400 (unreadable) or 422 (readable but wrong), naming the field. */
public class BadInputException extends RuntimeException {

    private final int status;
    private final String field;

    public BadInputException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static BadInputException invalid(String field, String message) {
        return new BadInputException(422, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
