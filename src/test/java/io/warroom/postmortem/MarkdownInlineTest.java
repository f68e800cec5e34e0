package io.warroom.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownInlineTest {

    @Test
    void lineBreaksOfEveryKindBecomeOneSpace() {
        assertEquals("rolled back then restarted the pods",
                Markdown.inline("  rolled back \r\n\n  then\rrestarted   \n the pods \n"));
    }

    @Test
    void singleLineTextKeepsItsInnerSpacing() {
        assertEquals("p99  at 3s", Markdown.inline("  p99  at 3s\t"));
    }

    @Test
    void tableAndHtmlCharactersAreEscapedOnEitherPath() {
        assertEquals("a \\| b &lt;script&gt; \\`x\\`", Markdown.inline("a | b <script> `x`"));
        assertEquals("a \\| b &lt;script&gt;", Markdown.inline("a |\nb <script>"));
    }
}
