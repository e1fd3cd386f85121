package org.empathytrainer.records;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: CRLF after every record, the header included; a field holding a comma, a double
 * quote, CR or LF is put in double quotes, with each double quote doubled.
 *
 * <p>A field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR gets a leading apostrophe, so a
 * spreadsheet shows a learner's text as text instead of running it as a formula (OWASP's advice on CSV injection).
 */
public final class Csv {
    /** The byte order mark: without it Excel reads a CSV file in the system's code page, not UTF-8. */
    public static final char BOM = '\uFEFF';

    public static final String LINE_END = "\r\n";

    private Csv() {}

    public static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(LINE_END);
    }

    /** One field, guarded and quoted as needed. */
    public static String field(String value) {
        String text = guard(value == null ? "" : value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The text with an apostrophe in front if a spreadsheet would take it for a formula. */
    public static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
