package io.warroom.command;

/** The command was fine but Warroom could not carry it out (a broken template, say); the message says why. */
public class CommandFailedException extends RuntimeException {

    public CommandFailedException(String message) {
        super(message);
    }
}
