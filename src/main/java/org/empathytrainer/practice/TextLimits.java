package org.empathytrainer.practice;

/** Limits on what a learner writes, so a huge paste cannot bloat saved files or slow the tone check. */
public final class TextLimits {
    /** Characters in one written answer: several paragraphs, far more than a reply to a customer needs. */
    public static final int MAX_ANSWER = 4000;

    private TextLimits() {}

    public static boolean tooLong(String text) {
        return text != null && text.length() > MAX_ANSWER;
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
