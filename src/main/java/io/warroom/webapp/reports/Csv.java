package io.warroom.webapp.reports;

import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 text: CRLF line ends, a cell quoted when it holds a comma, a quote or a line break, quotes doubled. A
 * cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe first, so a service named {@code =HYPERLINK(...)} stays text.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv(String... header) {
        row(List.of(header));
    }

    /** A null cell is written empty. */
    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        String cell = value == null ? "" : value.toString();
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
