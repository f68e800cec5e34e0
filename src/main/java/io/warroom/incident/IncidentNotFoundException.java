package io.warroom.incident;

public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(String key) {
        super("No incident " + key + ".");
    }
}
