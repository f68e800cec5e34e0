package io.warroom.postmortem;

import java.util.regex.Pattern;

/**
 * Escapes user text for the postmortem, so a title with {@code |}, backticks, {@code <script>} or line breaks can
 * neither break a table nor inject HTML.
 */
public final class Markdown {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

    private Markdown() {
    }

    /** Text inside a paragraph or list item: one line, Markdown and HTML characters escaped. */
    public static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        String oneLine = oneLine(text);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                // Only a leading # makes a heading; elsewhere it is plain text.
                case '#' -> out.append(i == 0 ? "\\#" : "#");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text on one line: line breaks and the space around them become one space. */
    private static String oneLine(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0) {
            return stripped;
        }
        return LINE_BREAK.matcher(stripped.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
    }

    /** Text spread over paragraphs: each line escaped as inline text, line breaks kept. */
    public static String block(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(inline(lines[i]));
        }
        return out.toString();
    }

    /** A URL for a Markdown link target: only http(s), with characters that would end the link encoded. */
    public static String url(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return "";
        }
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E").replace("|", "%7C").replace("`", "%60");
    }
}
