package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.empathytrainer.content.PhraseGroup;
import org.empathytrainer.content.TonePhrases;

/**
 * Finds empathy markers and pitfalls in what a learner writes. Phrases match whole words, ignoring case, and
 * typographic apostrophes count as plain ones. Where phrases overlap, the longest wins, so "i'm sorry you feel
 * that way" is not also read as the marker "i'm sorry".
 */
public final class ToneCheck {
    private final List<GroupPattern> patterns;

    public ToneCheck(TonePhrases phrases) {
        this(phrases.groups());
    }

    private ToneCheck(List<PhraseGroup> groups) {
        patterns = groups.stream().map(GroupPattern::new).collect(Collectors.toList());
    }

    /** A tone check for the phrases that loaded; one that finds nothing when none did. */
    public static ToneCheck of(TonePhrases phrases) {
        return phrases == null ? new ToneCheck(List.<PhraseGroup>of()) : new ToneCheck(phrases);
    }

    /** The matches in {@code text}, in reading order, none overlapping. */
    public List<ToneMatch> check(String text) {
        String normal = normalise(text);
        List<ToneMatch> all = new ArrayList<>();
        for (GroupPattern gp : patterns) {
            Matcher m = gp.pattern.matcher(normal);
            while (m.find()) {
                all.add(new ToneMatch(m.start(), m.end(), gp.group));
            }
        }
        all.sort(Comparator.comparingInt((ToneMatch t) -> t.start() - t.end()).thenComparingInt(ToneMatch::start));
        List<ToneMatch> kept = new ArrayList<>();
        for (ToneMatch candidate : all) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(ToneMatch::start));
        return kept;
    }

    /** Same length as the input, so match positions hold in the original text. */
    private static String normalise(String text) {
        return (text == null ? "" : text).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static final class GroupPattern {
        final PhraseGroup group;
        final Pattern pattern;

        GroupPattern(PhraseGroup group) {
            this.group = group;
            String alternatives = group.phrases().stream()
                    .map(ToneCheck::normalise)
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            this.pattern = Pattern.compile(
                    "(?<![\\p{L}\\p{N}'])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }
}
