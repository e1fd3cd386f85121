package org.empathytrainer.content;

/**
 * One thing wrong in one content file, in the form {@code file: field: problem}. The parts quote what the file holds,
 * which may be anything: shown, they are made safe to print (see {@link #shown(String)}).
 */
public record ContentProblem(String file, String field, String problem) {
    /** How many characters of one part are shown: enough for any real path or message, never a whole file. */
    static final int SHOWN_LIMIT = 300;

    @Override
    public String toString() {
        return field.isEmpty()
                ? shown(file) + ": " + shown(problem)
                : shown(file) + ": " + shown(field) + ": " + shown(problem);
    }

    /**
     * Text from a file as a problem shows it: control, format and bidi characters written as {@code \}{@code uXXXX}
     * (a right-to-left override in a case would otherwise turn the rest of the line around, a NUL end it, a line
     * break split it), and a part longer than {@value #SHOWN_LIMIT} characters cut in the middle, so that what is
     * wrong, at the end of a message, still shows.
     */
    static String shown(String text) {
        if (text.length() <= SHOWN_LIMIT) {
            return escaped(text, 0, text.length());
        }
        int head = SHOWN_LIMIT * 2 / 3;
        int tail = text.length() - (SHOWN_LIMIT - head);
        return escaped(text, 0, head) + "... (" + (tail - head) + " characters left out) ..."
                + escaped(text, tail, text.length());
    }

    private static String escaped(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 16);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (mustEscape(text, i, from, to)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} is escaped; half of a pair cut apart by the limit counts as alone. */
    private static boolean mustEscape(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= to || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == from || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                return false;
        }
    }
}
