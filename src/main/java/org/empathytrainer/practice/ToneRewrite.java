package org.empathytrainer.practice;

import java.util.Locale;
import java.util.regex.Pattern;

/** The learner's own sentence rewritten without a pitfall, as the pitfall's group asks ({@code tryInstead}). */
final class ToneRewrite {
    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;\\s]+$");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.!?\\s]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:]+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.!?])");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern COMMA_AT_END = Pattern.compile("[,;:]\\s*([.!?]|$)");
    private static final Pattern LONE_I = Pattern.compile("\\bi(\\b|')");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private ToneRewrite() {}

    /** The rewrite, or null when the group offers none or nothing would be left. */
    static String rewrite(ToneText t, ToneCheck.Span span) {
        String how = span.group().tryInstead();
        if (how == null || !span.group().pitfall()) {
            return null;
        }
        ToneText.Sentence s = t.sentenceOf(span.from());
        String text = t.text;
        String result;
        switch (how) {
            case "and" -> {
                if (span.pivot() < 0) {
                    return null;
                }
                ToneText.Word c = t.word(span.pivot());
                ToneText.Sentence last = t.sentenceOf(span.pivot());
                String before = TRAILING_COMMA
                        .matcher(text.substring(s.start(), c.start()))
                        .replaceAll("");
                if (!last.equals(s)) {
                    before = TRAILING_STOP.matcher(before).replaceAll("");
                }
                result = before + " and " + text.substring(c.end(), last.end()).strip();
            }
            case "drop" -> {
                String before = text.substring(s.start(), t.word(span.from()).start());
                String after = text.substring(t.word(span.to() - 1).end(), s.end());
                result = LEADING_PUNCTUATION.matcher(before + after).replaceAll("");
                result = SPACE_BEFORE_MARK.matcher(result).replaceAll("$1");
                result = SPACES.matcher(result).replaceAll(" ");
                result = COMMA_AT_END.matcher(result.strip()).replaceAll("$1");
            }
            case "lower" ->
                result = LONE_I.matcher(text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT))
                        .replaceAll("I$1");
            default -> {
                return null;
            }
        }
        result = result.strip();
        if (result.isEmpty() || !LETTER.matcher(result).find()) {
            return null;
        }
        return Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }
}
