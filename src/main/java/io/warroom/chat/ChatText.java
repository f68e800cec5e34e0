package io.warroom.chat;

/** Text shaping every chat platform needs: length limits without cutting a character in half, no empty values. */
public final class ChatText {

    private ChatText() {
    }

    /** At most max characters, ending in "…" when cut. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Platforms refuse or hide empty fields: show a dash instead. */
    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
