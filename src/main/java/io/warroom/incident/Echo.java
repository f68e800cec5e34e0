package io.warroom.incident;

/**
 * User input quoted back in an error message or a log line: one line, at most {@link #MAX} characters, so a pasted
 * essay or a hostile 5 MB value never comes back whole. Every echo of input goes through here.
 */
public final class Echo {

    public static final int MAX = 80;

    private Echo() {
    }

    /** The text on one line (control characters, line breaks included, become spaces), cut to MAX with "…". */
    public static String of(String text) {
        return of(text, MAX);
    }

    /** The same with another limit, for texts such as parser messages that quote input themselves. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), max + 1);
        StringBuilder line = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() <= max) {
            return line.toString();
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut) + "…";
    }
}
