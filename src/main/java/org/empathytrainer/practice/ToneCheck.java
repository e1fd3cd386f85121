package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Emotion;
import org.empathytrainer.content.PhraseGroup;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.empathytrainer.content.ToneGrammar;
import org.empathytrainer.content.TonePhrases;
import org.empathytrainer.content.ToneRule;

/**
 * Reads what a learner writes for empathy markers and pitfalls, sentence by sentence. Phrases match whole words,
 * ignoring case; a phrase inside a negation ("not your fault") is dropped or turned into another group's finding;
 * an apology followed by "but" in its sentence is a pitfall and no longer a marker; a reply whose first sentence
 * is already the fix is a pitfall; runs of capitals are shouting; the case's own details are a marker and the
 * promises it rules out a pitfall. Where phrases overlap the longest wins. Everything it looks for is data, from
 * tone.json and the case's {@code toneFacts}. One pass over the words per group: time grows with the text's length.
 */
public final class ToneCheck {
    private final ToneGrammar grammar;
    private final List<Compiled> groups = new ArrayList<>();
    private final Map<String, PhraseGroup> byId = new LinkedHashMap<>();
    private final ToneRules rules;
    private final Map<ToneFacts, FactSets> facts = new ConcurrentHashMap<>();

    public ToneCheck(TonePhrases phrases) {
        this(phrases, List.of());
    }

    /** A tone check that also counts the labels of the emotions palette, {@code feelings}, as feeling words. */
    public ToneCheck(TonePhrases phrases, List<String> feelings) {
        grammar = phrases.grammar();
        for (PhraseGroup g : phrases.groups()) {
            List<String> words = new ArrayList<>(g.phrases());
            if (g.rule() == ToneRule.FEELINGS) {
                words.addAll(feelings);
            }
            groups.add(new Compiled(
                    g, new PhraseSet(words, grammar.spellings()), new PhraseSet(g.notWith(), grammar.spellings())));
            byId.put(g.id(), g);
        }
        rules = new ToneRules(grammar);
    }

    /** A tone check for the phrases that loaded; one that finds nothing when none did. */
    public static ToneCheck of(TonePhrases phrases) {
        return of(phrases, List.of());
    }

    /** The tone check of a course as loaded: its phrases, and its palette's feelings as feeling words. */
    public static ToneCheck forCourse(Course course) {
        List<String> feelings = course.emotions() == null
                ? List.of()
                : course.emotions().emotions().stream().map(Emotion::label).toList();
        return of(course.tone(), feelings);
    }

    public static ToneCheck of(TonePhrases phrases, List<String> feelings) {
        return phrases == null ? new ToneCheck() : new ToneCheck(phrases, feelings);
    }

    private ToneCheck() {
        grammar = ToneGrammar.NONE;
        rules = new ToneRules(grammar);
    }

    /** The findings in {@code text}, read for no case in particular, in reading order. */
    public List<ToneMatch> check(String text) {
        return report(text, ToneFacts.NONE, null).findings();
    }

    /**
     * Reads {@code text} written at {@code step} (null for any) of a case with {@code caseFacts}. Text longer than
     * {@link TextLimits#MAX_ANSWER} is not read.
     */
    public ToneReport report(String text, ToneFacts caseFacts, Step step) {
        if (TextLimits.blank(text)) {
            return ToneReport.of(ToneReport.Status.EMPTY);
        }
        if (TextLimits.tooLong(text)) {
            return ToneReport.of(ToneReport.Status.TOO_LONG);
        }
        ToneText t = new ToneText(text, grammar.spellings());
        if (!rules.english(t)) {
            return ToneReport.of(ToneReport.Status.NOT_ENGLISH);
        }
        FactSets fs = caseFacts == null ? null : facts.computeIfAbsent(caseFacts, this::compile);
        List<Span> phrases = new ArrayList<>();
        List<Span> structure = new ArrayList<>();
        for (Compiled c : groups) {
            PhraseGroup g = c.group;
            if (!g.appliesTo(step)) {
                continue;
            }
            switch (g.rule()) {
                case PHRASES, FEELINGS -> phraseSpans(t, c.phrases, c, phrases);
                case CASE_DETAILS -> {
                    if (fs != null) {
                        phraseSpans(t, fs.details, c, phrases);
                    }
                }
                case BUT_CANCELLED -> rules.butCancelled(t, c.phrases, g, structure);
                case SHOUTING -> rules.shouting(t, g, structure);
                case CASE_PROMISES -> {
                    if (fs != null) {
                        rules.promises(t, fs.promises, g, structure);
                    }
                }
                case FIX_FIRST -> {
                    // After the other groups: it needs to know where the acknowledgements are.
                }
            }
        }
        List<Span> kept = longestFirst(phrases, t.size());
        for (Compiled c : groups) {
            if (c.group.rule() == ToneRule.FIX_FIRST && c.group.appliesTo(step)) {
                rules.fixFirst(t, c.phrases, c.group, acknowledged(kept, structure), structure);
            }
        }
        boolean[] shaped = covered(structure, t.size());
        kept.removeIf(s -> !s.group.pitfall() && any(shaped, s.from, s.to));
        kept.addAll(structure);
        kept.sort(Comparator.comparingInt((Span s) -> s.from).thenComparingInt(s -> s.to));
        List<ToneMatch> out = new ArrayList<>(kept.size());
        Set<PhraseGroup> rewritten = new HashSet<>();
        Set<ToneText.Sentence> suggested = new HashSet<>();
        for (Span s : kept) {
            // One suggestion per sentence, rewriting all its pitfalls at once, shown with the first of them; and one
            // per kind of pitfall, so a pitfall repeated across sentences is not rewritten each time.
            ToneText.Sentence sentence = t.sentenceOf(s.from);
            String instead = null;
            if (s.group.pitfall() && !rewritten.contains(s.group) && !suggested.contains(sentence)) {
                instead = ToneRewrite.rewrite(t, inSentence(kept, t, sentence));
            }
            if (instead != null) {
                rewritten.add(s.group);
                suggested.add(sentence);
            }
            out.add(new ToneMatch(t.word(s.from).start(), t.word(s.to - 1).end(), s.group, instead));
        }
        return new ToneReport(ToneReport.Status.CHECKED, out);
    }

    private void phraseSpans(ToneText t, PhraseSet set, Compiled c, List<Span> out) {
        for (PhraseSet.Hit hit : set.find(t)) {
            if (!c.notWith.isEmpty()) {
                ToneText.Sentence s = t.sentenceOf(hit.from());
                if (c.notWith.any(t, s.from(), s.to())) {
                    continue;
                }
            }
            PhraseGroup group = c.group;
            if (!group.whenNegated().equals("keep") && rules.negated(t, hit.from())) {
                if (group.whenNegated().equals("drop")) {
                    continue;
                }
                group = byId.get(group.whenNegated());
            }
            out.add(new Span(hit.from(), hit.to(), group, -1));
        }
    }

    /** Where the reply acknowledges the customer: the first word of each acknowledging finding. */
    private Set<Integer> acknowledged(List<Span> kept, List<Span> structure) {
        Set<Integer> at = new HashSet<>();
        List<String> ids = grammar.acknowledgements();
        for (List<Span> list : List.of(kept, structure)) {
            for (Span s : list) {
                if (ids.contains(s.group.id())) {
                    at.add(s.from);
                }
            }
        }
        return at;
    }

    /**
     * The phrases that do not overlap a longer one of their kind: a pitfall gives way only to a longer phrase of its
     * own group, a marker to a longer marker; then markers that overlap a pitfall are dropped ("i'm sorry you feel
     * that way" is not also the marker "i'm sorry").
     */
    private static List<Span> longestFirst(List<Span> all, int words) {
        all.sort(Comparator.comparingInt((Span s) -> s.from - s.to).thenComparingInt(s -> s.from));
        Map<PhraseGroup, boolean[]> taken = new HashMap<>();
        boolean[] markers = new boolean[words];
        List<Span> kept = new ArrayList<>();
        for (Span s : all) {
            boolean[] used = s.group.pitfall() ? taken.computeIfAbsent(s.group, g -> new boolean[words]) : markers;
            if (!any(used, s.from, s.to)) {
                java.util.Arrays.fill(used, s.from, s.to, true);
                kept.add(s);
            }
        }
        boolean[] pitfalls = covered(kept, words);
        kept.removeIf(s -> !s.group.pitfall() && any(pitfalls, s.from, s.to));
        return kept;
    }

    /** The words covered by a pitfall among {@code spans}. */
    private static boolean[] covered(List<Span> spans, int words) {
        boolean[] covered = new boolean[words];
        for (Span s : spans) {
            if (s.group.pitfall()) {
                java.util.Arrays.fill(covered, s.from, s.to, true);
            }
        }
        return covered;
    }

    private static boolean any(boolean[] flags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flags[i]) {
                return true;
            }
        }
        return false;
    }

    private FactSets compile(ToneFacts f) {
        return new FactSets(new PhraseSet(f.details(), grammar.spellings()), rules.promiseWords(f.cannotPromise()));
    }

    /** The pitfalls found in {@code sentence}, in order. */
    private static List<Span> inSentence(List<Span> spans, ToneText t, ToneText.Sentence sentence) {
        List<Span> in = new ArrayList<>();
        for (Span s : spans) {
            if (s.group.pitfall() && t.sentenceOf(s.from).equals(sentence)) {
                in.add(s);
            }
        }
        return in;
    }

    /** Words {@code from} (inclusive) to {@code to} found for {@code group}; {@code pivot} is a word a rewrite uses. */
    record Span(int from, int to, PhraseGroup group, int pivot) {
        boolean overlaps(Span o) {
            return from < o.to && o.from < to;
        }
    }

    private record Compiled(PhraseGroup group, PhraseSet phrases, PhraseSet notWith) {}

    private record FactSets(PhraseSet details, List<List<String>> promises) {}
}
