package org.empathytrainer.content;

import java.util.List;
import java.util.regex.Pattern;
import org.empathytrainer.json.JsonObjectReader;

/**
 * What the tone check needs to know about one case: the customer's key details (their name, what they lost, the date
 * that matters), which a reply earns a marker for using, and what the agent cannot promise in this case, which a
 * reply is flagged for promising. Both may be empty.
 *
 * @param details       words or short phrases, each matched as whole words ignoring case
 * @param cannotPromise promises ruled out here; each matches when all its words appear in one sentence, not negated
 */
public record ToneFacts(List<String> details, List<String> cannotPromise) {
    public static final ToneFacts NONE = new ToneFacts(List.of(), List.of());

    /** Compiled once, not for every phrase of every case loaded. */
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

    public ToneFacts {
        details = List.copyOf(details);
        cannotPromise = List.copyOf(cannotPromise);
        check(details, "details");
        check(cannotPromise, "cannotPromise");
    }

    private static void check(List<String> values, String field) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v.isBlank() || !HAS_LETTER_OR_DIGIT.matcher(v).matches()) {
                throw new ContentException(field + "[" + i + "]", "must hold at least one letter or digit");
            }
            if (v.length() > 80) {
                throw new ContentException(field + "[" + i + "]", "must be a short phrase (80 characters at most)");
            }
            if (!seen.add(v.toLowerCase(java.util.Locale.ROOT))) {
                throw new ContentException(
                        field + "[" + i + "]", "\"" + v + "\" is listed twice (capitals do not count)");
            }
        }
    }

    static ToneFacts read(JsonObjectReader node) {
        return new ToneFacts(node.optionalTexts("details"), node.optionalTexts("cannotPromise"));
    }
}
