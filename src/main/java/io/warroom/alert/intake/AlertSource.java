package io.warroom.alert.intake;

/** One vendor's payload format: reads a delivery into normalized alerts, or refuses it with an IntakeException. */
public interface AlertSource {

    /** The path segment: /api/alerts/{name}. */
    String name();

    /** True when deliveries prove themselves (a message signature) instead of carrying an alert token. */
    default boolean selfAuthenticating() {
        return false;
    }

    Intake read(IntakeRequest request);
}
