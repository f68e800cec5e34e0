package io.warroom.webapp.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # GIVEN a cell                | THEN as written
            checkout                      | checkout
            ``                            | ``
            a,b                           | "a,b"
            say "hi"                      | "say ""hi""\"
            =HYPERLINK("http://x","y")    | "'=HYPERLINK(""http://x"",""y"")"
            +1+1                          | '+1+1
            -2+3                          | '-2+3
            @SUM(A1)                      | '@SUM(A1)
            a=b                           | a=b
            """)
    void cellsAreQuotedAsRfc4180SaysAndFormulasAreDefused(String cell, String written) {
        assertEquals(written, Csv.cell(cell));
    }

    @Test
    void rowsEndWithCrLfAndMissingValuesAreEmpty() {
        String text = new Csv("owner", "open").row(null, 3).row("line\nbreak", 1).toString();

        assertEquals("owner,open\r\n,3\r\n\"line\nbreak\",1\r\n", text);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreDefusedToo() {
        assertEquals("'\tx", Csv.cell("\tx"));
        assertEquals("\"'\rx\"", Csv.cell("\rx"));
    }
}
