package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The learner's own sentence rewritten without a pitfall, as the pitfall's group asks ({@code tryInstead}). */
final class ToneRewrite {
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,;:]+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.!?])");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern COMMA_AT_END = Pattern.compile("[,;:]\\s*([.!?]|$)");
    private static final Pattern LONE_I = Pattern.compile("\\bi(\\b|')");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private ToneRewrite() {}

    /**
     * The learner's sentence with every pitfall of {@code spans} (all in one sentence) rewritten as its group asks,
     * so that a suggestion never keeps a pitfall the check has just named; null when no group offers a rewrite or
     * nothing would be left.
     */
    static String rewrite(ToneText t, List<ToneCheck.Span> spans) {
        ToneText.Sentence s = t.sentenceOf(spans.get(0).from());
        String text = t.text;
        int end = s.end();
        boolean lower = false;
        List<Edit> edits = new ArrayList<>();
        for (ToneCheck.Span span : spans) {
            String how = span.group().tryInstead();
            if (how == null || !span.group().pitfall()) {
                continue;
            }
            switch (how) {
                case "and" -> {
                    if (span.pivot() < 0) {
                        continue;
                    }
                    ToneText.Word c = t.word(span.pivot());
                    ToneText.Sentence last = t.sentenceOf(span.pivot());
                    boolean across = !last.equals(s);
                    int from = c.start();
                    while (from > s.start() && trimmed(text.charAt(from - 1), across)) {
                        from--;
                    }
                    end = Math.max(end, last.end());
                    edits.add(new Edit(from, c.end(), " and"));
                }
                case "drop" ->
                    edits.add(new Edit(
                            t.word(span.from()).start(), t.word(span.to() - 1).end(), ""));
                case "lower" -> lower = true;
                default -> {
                    // A way of rewriting this version does not know: the others still apply.
                }
            }
        }
        if (edits.isEmpty() && !lower) {
            return null;
        }
        edits.sort(Comparator.comparingInt(Edit::from).reversed());
        StringBuilder b = new StringBuilder(text.substring(s.start(), end));
        int applied = Integer.MAX_VALUE;
        for (Edit e : edits) {
            // Overlapping edits: the later one in the sentence wins, the other is left out.
            if (e.to() > applied) {
                continue;
            }
            b.replace(e.from() - s.start(), e.to() - s.start(), e.with());
            applied = e.from();
        }
        String result = b.toString();
        if (lower) {
            result = LONE_I.matcher(result.toLowerCase(Locale.ROOT)).replaceAll("I$1");
        }
        result = LEADING_PUNCTUATION.matcher(result).replaceAll("");
        result = SPACE_BEFORE_MARK.matcher(result).replaceAll("$1");
        result = SPACES.matcher(result).replaceAll(" ");
        result = COMMA_AT_END.matcher(result.strip()).replaceAll("$1");
        result = result.strip();
        if (result.isEmpty() || !LETTER.matcher(result).find()) {
            return null;
        }
        return Character.toUpperCase(result.charAt(0)) + result.substring(1);
    }

    /** What goes before a contrast word that becomes "and": its comma, and a full stop when it opened a sentence. */
    private static boolean trimmed(char ch, boolean acrossSentences) {
        return ch == ',' || ch == ';' || Character.isWhitespace(ch) || (acrossSentences && ".!?".indexOf(ch) >= 0);
    }

    /** Characters {@code from} to {@code to} of the text replaced {@code with}. */
    private record Edit(int from, int to, String with) {}
}
