package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A family of phrases the tone check looks for in what a learner writes.
 *
 * @param pitfall      true for phrases to avoid (dismissing, blaming, ...), false for empathy markers
 * @param advice       what the learner is told when a phrase of this group is found: what the customer hears and
 *                     what to try instead
 * @param phrases      whole words, ignoring case; a word ending in {@code *} matches any word it starts; a phrase
 *                     ending in {@code $} only counts at the end of a sentence (a stock line said alone)
 * @param rule         how the group is found, {@link ToneRule#PHRASES} by default
 * @param steps        the steps whose writing the group applies to; empty for all
 * @param whenNegated  what a match inside a negation ("not your fault") becomes: {@code "drop"} (the default),
 *                     {@code "keep"}, or the id of another group it turns into
 * @param notWith      phrases that cancel a match in the same sentence ("call emergency services" for "straight away")
 * @param tryInstead   how to rewrite the customer's own sentence: {@code "and"} puts "and" in place of the contrast,
 *                     {@code "drop"} leaves the phrase out, {@code "lower"} writes it in lower case; null for none
 */
public record PhraseGroup(
        String id,
        boolean pitfall,
        String label,
        String advice,
        List<String> phrases,
        ToneRule rule,
        List<Step> steps,
        String whenNegated,
        List<String> notWith,
        String tryInstead) {

    public PhraseGroup {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(advice, "advice");
        rule = rule == null ? ToneRule.PHRASES : rule;
        phrases = rule.needsPhrases() ? Checks.nonEmpty(phrases, "phrases") : List.copyOf(phrases);
        steps = List.copyOf(steps);
        whenNegated = whenNegated == null ? "drop" : whenNegated;
        if (!whenNegated.equals("drop") && !whenNegated.equals("keep")) {
            Checks.id(whenNegated, "whenNegated");
        }
        notWith = List.copyOf(notWith);
        if (tryInstead != null && !List.of("and", "drop", "lower").contains(tryInstead)) {
            throw new ContentException("tryInstead", "\"" + tryInstead + "\" must be and, drop or lower");
        }
    }

    /** A group of plain phrases, found anywhere in any step's writing. */
    public PhraseGroup(String id, boolean pitfall, String label, String advice, List<String> phrases) {
        this(id, pitfall, label, advice, phrases, ToneRule.PHRASES, List.of(), "drop", List.of(), null);
    }

    /** Whether the group applies to the writing of {@code step}. */
    public boolean appliesTo(Step step) {
        return steps.isEmpty() || step == null || steps.contains(step);
    }

    static PhraseGroup read(JsonObjectReader node) {
        String kind = node.text("kind");
        if (!kind.equals("marker") && !kind.equals("pitfall")) {
            throw new ContentException("kind", "\"" + kind + "\" must be marker or pitfall");
        }
        ToneRule rule = node.has("rule") ? Keyword.read(node, "rule", ToneRule.values()) : ToneRule.PHRASES;
        List<String> stepIds = node.optionalTexts("steps");
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < stepIds.size(); i++) {
            String sid = stepIds.get(i);
            steps.add(Step.fromId(sid)
                    .orElseThrow(() -> new ContentException("steps", "\"" + sid + "\" is not a step of the method")));
        }
        return new PhraseGroup(
                node.text("id"),
                kind.equals("pitfall"),
                node.text("label"),
                node.text("advice"),
                rule.needsPhrases() ? node.texts("phrases") : node.optionalTexts("phrases"),
                rule,
                steps,
                node.optionalText("whenNegated").orElse("drop"),
                node.optionalTexts("notWith"),
                node.optionalText("tryInstead").orElse(null));
    }
}
