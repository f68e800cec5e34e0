package io.warroom.config;

/** A config file (on-call schedule, runbooks) Warroom cannot use; the message names the file, the place and the fix. */
public class ConfigFileException extends RuntimeException {

    public ConfigFileException(String message) {
        super(message);
    }
}
