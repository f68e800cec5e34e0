package io.warroom.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void inlineTextCannotBreakATableOrInjectHtml() {
        assertEquals("a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` c",
                Markdown.inline("a | b <script>alert(1)</script> `code`\nc"));
    }

    @Test
    void emphasisAndLinksStayLiteral() {
        assertEquals("\\*bold\\* \\_it\\_ \\[x\\](javascript:y) \\~\\~s\\~\\~",
                Markdown.inline("*bold* _it_ [x](javascript:y) ~~s~~"));
    }

    @Test
    void onlyALeadingHashWouldMakeAHeading() {
        assertEquals("\\# not a heading, issue #12", Markdown.inline("# not a heading, issue #12"));
    }

    @Test
    void blocksKeepTheirLinesEachEscaped() {
        assertEquals("\\# one\ntwo \\| three", Markdown.block("# one\r\ntwo | three\n"));
    }

    @Test
    void onlyHttpLinksSurviveAndCannotCloseTheLinkEarly() {
        assertEquals("", Markdown.url("javascript:alert(1)"));
        assertEquals("https://x.example/a%20b%29%3Cc", Markdown.url("https://x.example/a b)<c"));
    }
}
