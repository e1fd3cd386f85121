package org.empathytrainer.practice;

import java.util.Locale;
import org.empathytrainer.content.ToneGrammar;

/** The learner's own sentence rewritten without a pitfall, as the pitfall's group asks ({@code tryInstead}). */
final class ToneRewrite {
    private ToneRewrite() {}

    static String rewrite(ToneText t, ToneCheck.Span span, ToneGrammar grammar) {
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
                String before = text.substring(s.start(), c.start()).replaceAll("[,;\\s]+$", "");
                if (last != s) {
                    before = before.replaceAll("[.!?\\s]+$", "");
                }
                result = before + " and " + text.substring(c.end(), last.end()).strip();
            }
            case "drop" -> {
                String before = text.substring(s.start(), t.word(span.from()).start());
                String after = text.substring(t.word(span.to() - 1).end(), s.end());
                result = (before + after)
                        .replaceAll("^[\\s,;:]+", "")
                        .replaceAll("\\s+([,.!?])", "$1")
                        .replaceAll("\\s{2,}", " ");
            }
            case "lower" ->
                result = text.substring(s.start(), s.end())
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("\\bi\\b", "I")
                        .replaceAll("\\bi'", "I'");
            default -> {
                return null;
            }
        }
        result = result.strip();
        if (result.isEmpty() || !result.matches("(?s).*\\p{L}.*")) {
            return null;
        }
        return Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }
}
