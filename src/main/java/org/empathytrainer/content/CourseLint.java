package org.empathytrainer.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Patterns across a course's cases that let a learner find the key without judging: warnings, not problems, since
 * each case on its own is fine. A course of fewer than {@value #MIN_CASES} cases is not checked, as any pattern
 * would be "in most cases".
 *
 * <ul>
 *   <li>The best option is the longest (in words) in more than a third of the cases; checked for the Discuss
 *   options and for the Place concerns (the concern of credit 1).</li>
 *   <li>Discuss options open with the same three words in more than half of the cases.</li>
 *   <li>A mistake kind is given away by a phrase: a run of two or three words, one of them at least four letters
 *   long, found in that kind's options in more than half of the cases that have the kind (and in at least
 *   {@value #MIN_CASES}), and in no best option of the course.</li>
 * </ul>
 */
public final class CourseLint {
    public static final int MIN_CASES = 3;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** One pattern found: what it is, and the cases that show it. */
    public record Warning(String rule, String text, List<String> cases) {

        public Warning {
            cases = List.copyOf(cases);
        }

        @Override
        public String toString() {
            return "warning: " + rule + ": " + text + " (" + String.join(", ", cases) + ")";
        }
    }

    private CourseLint() {}

    public static List<Warning> check(List<CustomerCase> cases) {
        List<Warning> warnings = new ArrayList<>();
        if (cases.size() < MIN_CASES) {
            return warnings;
        }
        longestIsBest(
                cases,
                "longest-best-option",
                "the best Discuss option is the longest",
                c -> c.discuss().bestOption().text(),
                c -> c.discuss().options().stream().filter(o -> !o.best()).map(AckOption::text),
                warnings);
        longestIsBest(
                cases,
                "longest-best-concern",
                "the concern that matters most is the longest",
                c -> c.place().bestConcern().text(),
                c -> c.place().concerns().stream()
                        .filter(x -> x != c.place().bestConcern())
                        .map(Concern::text),
                warnings);
        sameOpening(cases, warnings);
        giveaways(cases, warnings);
        return warnings;
    }

    private static void longestIsBest(
            List<CustomerCase> cases,
            String rule,
            String what,
            Function<CustomerCase, String> best,
            Function<CustomerCase, Stream<String>> others,
            List<Warning> warnings) {
        List<String> found = new ArrayList<>();
        for (CustomerCase c : cases) {
            int bestLength = words(best.apply(c)).size();
            List<Integer> otherLengths =
                    others.apply(c).map(t -> words(t).size()).collect(Collectors.toList());
            if (!otherLengths.isEmpty() && otherLengths.stream().allMatch(n -> n < bestLength)) {
                found.add(c.id());
            }
        }
        if (found.size() * 3 > cases.size()) {
            warnings.add(new Warning(
                    rule,
                    what + " in " + found.size() + " of " + cases.size() + " cases (at most a third may be)",
                    found));
        }
    }

    private static void sameOpening(List<CustomerCase> cases, List<Warning> warnings) {
        Map<String, Set<String>> casesByOpening = new LinkedHashMap<>();
        for (CustomerCase c : cases) {
            for (AckOption o : c.discuss().options()) {
                List<String> w = words(o.text());
                if (w.size() >= 3) {
                    casesByOpening
                            .computeIfAbsent(String.join(" ", w.subList(0, 3)), k -> new LinkedHashSet<>())
                            .add(c.id());
                }
            }
        }
        casesByOpening.forEach((opening, found) -> {
            if (found.size() * 2 > cases.size()) {
                warnings.add(new Warning(
                        "same-opening",
                        "Discuss options open with \"" + opening + "\" in " + found.size() + " of " + cases.size()
                                + " cases (at most half may)",
                        List.copyOf(found)));
            }
        });
    }

    private static void giveaways(List<CustomerCase> cases, List<Warning> warnings) {
        Set<String> inBest = cases.stream()
                .flatMap(c -> phrases(c.discuss().bestOption().text()).stream())
                .collect(Collectors.toSet());
        for (AckKind kind : AckKind.values()) {
            if (kind == AckKind.BEST) {
                continue;
            }
            List<CustomerCase> withKind = cases.stream()
                    .filter(c -> c.discuss().options().stream().anyMatch(o -> o.kind() == kind))
                    .collect(Collectors.toList());
            Map<String, List<String>> casesByPhrase = new LinkedHashMap<>();
            for (CustomerCase c : withKind) {
                c.discuss().options().stream()
                        .filter(o -> o.kind() == kind)
                        .flatMap(o -> phrases(o.text()).stream())
                        .distinct()
                        .filter(p -> !inBest.contains(p))
                        .forEach(p -> casesByPhrase
                                .computeIfAbsent(p, k -> new ArrayList<>())
                                .add(c.id()));
            }
            casesByPhrase.entrySet().stream()
                    .filter(e ->
                            e.getValue().size() >= MIN_CASES && e.getValue().size() * 2 > withKind.size())
                    .max(Comparator.comparingInt(e -> e.getValue().size()))
                    .ifPresent(e -> warnings.add(new Warning(
                            "giveaway-phrase",
                            "\"" + kind.id() + "\" options say \"" + e.getKey() + "\" in "
                                    + e.getValue().size()
                                    + " of the " + withKind.size()
                                    + " cases that have one, and no best option does",
                            e.getValue())));
        }
    }

    /** The runs of two and three words in {@code text} that hold a word of at least four letters. */
    static Set<String> phrases(String text) {
        List<String> w = words(text);
        Set<String> found = new LinkedHashSet<>();
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= w.size(); i++) {
                List<String> run = w.subList(i, i + n);
                if (run.stream().anyMatch(x -> x.replace("'", "").length() >= 4)) {
                    found.add(String.join(" ", run));
                }
            }
        }
        return found;
    }

    /** Lower-case words, curly apostrophes made straight, punctuation dropped. */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> result = new ArrayList<>();
        for (String w : NOT_A_WORD.split(plain)) {
            String trimmed = w.replaceAll("^'+|'+$", "");
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }
}
