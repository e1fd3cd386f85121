package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.empathytrainer.content.PhraseGroup;
import org.empathytrainer.content.ToneGrammar;

/** The tone check's readings of a reply beyond single phrases: negation, contrast, order, capitals, promises. */
final class ToneRules {
    /** Fewest words in capitals, and letters in them, that make a run shouting. */
    private static final int SHOUT_WORDS = 2;

    private static final int SHOUT_LETTERS = 5;

    /** Most other words allowed between two words of a ruled-out promise. */
    private static final int PROMISE_GAP = 3;

    /** A first sentence this short (a greeting, a name) is passed over when looking for a fix that comes first. */
    private static final int GREETING_WORDS = 3;

    private final ToneGrammar grammar;
    private final Set<String> negations;
    private final Set<String> contrasts;
    private final Set<String> stopWords;
    private final Set<String> otherWords;
    private final java.util.Map<PhraseGroup, Set<String>> exempts = new java.util.concurrent.ConcurrentHashMap<>();

    ToneRules(ToneGrammar grammar) {
        this.grammar = grammar;
        negations = new HashSet<>(grammar.negations());
        contrasts = new HashSet<>(grammar.contrasts());
        stopWords = new HashSet<>(grammar.stopWords());
        otherWords = new HashSet<>(grammar.otherLanguages());
    }

    /**
     * Whether the reply reads as English, by its common words: not when most of its letters are of another script,
     * nor, past a few words, when it has more common words of other languages than of English, or too few English
     * ones. A reply mixing a few words of another language into English is English.
     */
    boolean english(ToneText t) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < t.text.length(); i++) {
            char c = t.text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (other > latin) {
            return false;
        }
        if (stopWords.isEmpty() || t.size() < grammar.minWords()) {
            return true;
        }
        int common = 0;
        int foreign = 0;
        for (ToneText.Word w : t.words) {
            if (stopWords.contains(w.norm())) {
                common++;
            } else if (otherWords.contains(w.norm())) {
                foreign++;
            }
        }
        return !(foreign >= 2 && foreign > common) && common >= grammar.minEnglish() * t.size();
    }

    /** Whether a negation comes shortly before word {@code at}, in its clause. */
    boolean negated(ToneText t, int at) {
        int clause = t.word(at).clause();
        for (int j = at - 1; j >= 0 && j >= at - grammar.negationReach(); j--) {
            ToneText.Word w = t.word(j);
            if (w.clause() != clause || contrasts.contains(w.norm())) {
                return false;
            }
            if (isNegation(w.norm())) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegation(String word) {
        return negations.contains(word) || word.endsWith("n't");
    }

    /** An apology or "I understand" followed by a contrast in its sentence, or at the start of the next. */
    void butCancelled(ToneText t, PhraseSet openers, PhraseGroup group, List<ToneCheck.Span> out) {
        int coveredTo = -1;
        for (PhraseSet.Hit hit : openers.find(t)) {
            if (hit.from() < coveredTo) {
                continue;
            }
            ToneText.Sentence s = t.sentenceOf(hit.from());
            int contrast = -1;
            for (int j = hit.to(); j < s.to() && contrast < 0; j++) {
                if (contrasts.contains(t.word(j).norm())) {
                    contrast = j;
                }
            }
            if (contrast < 0
                    && s.to() < t.size()
                    && contrasts.contains(t.word(s.to()).norm())) {
                contrast = s.to();
            }
            if (contrast >= 0) {
                out.add(new ToneCheck.Span(hit.from(), contrast + 1, group, contrast));
                coveredTo = contrast + 1;
            }
        }
    }

    /** Runs of words in capitals, not counting single letters ("I") or the group's listed words ("PIN"). */
    void shouting(ToneText t, PhraseGroup group, List<ToneCheck.Span> out) {
        Set<String> exempt = exempts.computeIfAbsent(group, g -> {
            Set<String> words = new HashSet<>();
            g.phrases().forEach(p -> words.add(p.toLowerCase(java.util.Locale.ROOT)));
            return words;
        });
        int from = -1;
        int last = -1;
        int words = 0;
        int letters = 0;
        for (int i = 0; i <= t.size(); i++) {
            ToneText.Word w = i < t.size() ? t.word(i) : null;
            if (w != null
                    && w.letters() == 1
                    && w.capitals() == false
                    && Character.isUpperCase(t.text.charAt(w.start()))) {
                continue;
            }
            if (w != null && w.capitals() && !exempt.contains(w.norm())) {
                if (from < 0) {
                    from = i;
                }
                last = i;
                words++;
                letters += w.letters();
                continue;
            }
            if (words >= SHOUT_WORDS && letters >= SHOUT_LETTERS) {
                out.add(new ToneCheck.Span(from, last + 1, group, -1));
            }
            from = -1;
            words = 0;
            letters = 0;
        }
    }

    /** Each ruled-out promise as its words; words of four letters or more also match longer forms ("refunded"). */
    List<List<String>> promiseWords(List<String> promises) {
        List<List<String>> out = new ArrayList<>();
        for (String p : promises) {
            out.add(ToneText.words(p, grammar.spellings()));
        }
        return out;
    }

    /**
     * A sentence, not a question, holding the words of a ruled-out promise in order, with at most {@link #PROMISE_GAP}
     * other words between each two, none of them negated.
     */
    void promises(ToneText t, List<List<String>> promises, PhraseGroup group, List<ToneCheck.Span> out) {
        for (ToneText.Sentence s : t.sentences) {
            if (s.question()) {
                continue;
            }
            for (List<String> promise : promises) {
                int[] found = inOrder(t, s, promise);
                if (found != null) {
                    out.add(new ToneCheck.Span(found[0], found[1], group, -1));
                    break;
                }
            }
        }
    }

    /** The words {@code promise} spans in {@code s}, found in order and not negated: from, to; null when none. */
    private int[] inOrder(ToneText t, ToneText.Sentence s, List<String> promise) {
        if (promise.isEmpty()) {
            return null;
        }
        for (int start = s.from(); start < s.to(); start++) {
            if (!same(t.word(start).norm(), promise.get(0))) {
                continue;
            }
            int at = start;
            boolean ok = !negated(t, at);
            for (int k = 1; k < promise.size() && ok; k++) {
                int next = -1;
                for (int j = at + 1; j < s.to() && j <= at + 1 + PROMISE_GAP && next < 0; j++) {
                    if (same(t.word(j).norm(), promise.get(k))) {
                        next = j;
                    }
                }
                ok = next >= 0 && !negated(t, next);
                at = next;
            }
            if (ok) {
                return new int[] {start, at + 1};
            }
        }
        return null;
    }

    private static boolean same(String word, String wanted) {
        return word.equals(wanted) || (wanted.length() >= 4 && word.startsWith(wanted));
    }

    /**
     * A fix or an instruction in the first sentence (after a short greeting), with no acknowledgement before it. The
     * span is the fix phrase.
     */
    void fixFirst(ToneText t, PhraseSet fixes, PhraseGroup group, Set<Integer> acknowledged, List<ToneCheck.Span> out) {
        if (t.sentences.isEmpty()) {
            return;
        }
        ToneText.Sentence first = t.sentences.get(0);
        List<PhraseSet.Hit> hits = fixes.find(t, first.from(), first.to());
        if (hits.isEmpty() && first.to() - first.from() <= GREETING_WORDS && t.sentences.size() > 1) {
            first = t.sentences.get(1);
            hits = fixes.find(t, first.from(), first.to());
        }
        if (hits.isEmpty()) {
            return;
        }
        PhraseSet.Hit fix = hits.get(0);
        for (int at : acknowledged) {
            if (at < fix.from()) {
                return;
            }
        }
        out.add(new ToneCheck.Span(fix.from(), fix.to(), group, -1));
    }
}
