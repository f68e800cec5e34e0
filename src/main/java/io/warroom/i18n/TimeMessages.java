package io.warroom.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** How a language writes durations and dates. */
@MessageBundle("time")
public interface TimeMessages {

    @Message("{seconds}s")
    String seconds(long seconds);

    @Message("{minutes}m")
    String minutes(long minutes);

    @Message("{hours}h {minutes}m")
    String hoursMinutes(long hours, long minutes);

    @Message("{days}d {hours}h")
    String daysHours(long days, long hours);

    /** A java.time pattern for a date with its time, as this language writes it. */
    @Message("MMM d, yyyy HH:mm")
    String dateTimePattern();

    /** A java.time pattern for a date alone. */
    @Message("MMM d, yyyy")
    String datePattern();
}
