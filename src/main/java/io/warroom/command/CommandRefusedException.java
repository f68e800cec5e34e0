package io.warroom.command;

/** The person may not do this; the message says who may. */
public class CommandRefusedException extends RuntimeException {

    public CommandRefusedException(String message) {
        super(message);
    }
}
