package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases compiled to words, looked up by their first word, so that finding them all in a reply takes one pass over
 * its words. A word written with a trailing {@code *} matches any word it starts; a phrase with a trailing {@code $}
 * only where its sentence ends.
 */
final class PhraseSet {
    /** A compiled phrase; {@code prefix[i]} says whether word i matches by its start. */
    record Phrase(String[] words, boolean[] prefix, boolean atEnd) {}

    /** Where a phrase was found: words {@code from} (inclusive) to {@code to}. */
    record Hit(int from, int to) {}

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final List<Phrase> byPrefix = new ArrayList<>();

    PhraseSet(List<String> phrases, Map<String, String> spellings) {
        for (String raw : phrases) {
            String phrase = raw.strip();
            boolean atEnd = phrase.endsWith("$");
            if (atEnd) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            List<String> words = new ArrayList<>();
            List<Boolean> prefixes = new ArrayList<>();
            for (String piece : phrase.split("\\s+")) {
                boolean prefix = piece.endsWith("*");
                List<String> parts = ToneText.words(prefix ? piece.substring(0, piece.length() - 1) : piece, spellings);
                for (int i = 0; i < parts.size(); i++) {
                    words.add(parts.get(i));
                    prefixes.add(prefix && i == parts.size() - 1);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            boolean[] prefix = new boolean[words.size()];
            for (int i = 0; i < prefix.length; i++) {
                prefix[i] = prefixes.get(i);
            }
            Phrase p = new Phrase(words.toArray(String[]::new), prefix, atEnd);
            if (prefix[0]) {
                byPrefix.add(p);
            } else {
                byFirst.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
            }
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty() && byPrefix.isEmpty();
    }

    /** Every phrase found in {@code text}, longest first at each word; hits may overlap. */
    List<Hit> find(ToneText text) {
        return find(text, 0, text.size());
    }

    /** The phrases found among words {@code from} to {@code to}. */
    List<Hit> find(ToneText text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int best = -1;
            for (Phrase p : byFirst.getOrDefault(text.word(i).norm(), List.of())) {
                best = Math.max(best, length(p, text, i, to));
            }
            for (Phrase p : byPrefix) {
                best = Math.max(best, length(p, text, i, to));
            }
            if (best > 0) {
                hits.add(new Hit(i, i + best));
            }
        }
        return hits;
    }

    /** Whether any phrase is found among words {@code from} to {@code to}. */
    boolean any(ToneText text, int from, int to) {
        return !isEmpty() && !find(text, from, to).isEmpty();
    }

    private static int length(Phrase p, ToneText text, int at, int limit) {
        int n = p.words().length;
        if (at + n > limit) {
            return -1;
        }
        int sentence = text.word(at).sentence();
        for (int k = 0; k < n; k++) {
            ToneText.Word w = text.word(at + k);
            if (w.sentence() != sentence) {
                return -1;
            }
            boolean same =
                    p.prefix()[k] ? w.norm().startsWith(p.words()[k]) : w.norm().equals(p.words()[k]);
            if (!same) {
                return -1;
            }
        }
        if (p.atEnd() && text.sentenceOf(at + n - 1).to() != at + n) {
            return -1;
        }
        return n;
    }
}
