package org.empathytrainer.records.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;

/**
 * What a learner answered in a step, as short text. The choice part names the content's ids: the concern or option
 * that counts for the score (the first one checked, else the one chosen), the feelings with their intensity in the
 * order picked, the actions in the learner's order. The written part is the learner's own text.
 */
final class Responses {
    private Responses() {}

    /** For the CSV: {@code late-gift}; {@code panic=3; anger=2}; {@code own-the-delay}; {@code track; refund}. */
    static String choice(CaseAnswers answers, Step step) {
        switch (step) {
            case PLACE:
                return orEmpty(answers.place().scoredConcernId());
            case SENSE:
                return answers.sense().feelings().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "));
            case DISCUSS:
                return orEmpty(answers.discuss().scoredOptionId());
            case FIX:
                return String.join("; ", answers.fix().actions());
            default:
                throw new IllegalArgumentException(step.toString());
        }
    }

    /**
     * In the xAPI response format of the step's interaction type: a choice id; {@code panic[.]3[,]anger[.]2}
     * (matching feelings to intensities); {@code track[,]refund} (a sequence).
     */
    static String xapi(CaseAnswers answers, Step step) {
        switch (step) {
            case SENSE:
                return matching(answers.sense().feelings());
            case FIX:
                return sequence(answers.fix().actions());
            default:
                return choice(answers, step);
        }
    }

    static String matching(Map<String, Integer> pairs) {
        return pairs.entrySet().stream()
                .map(e -> e.getKey() + "[.]" + e.getValue())
                .collect(Collectors.joining("[,]"));
    }

    static String sequence(List<String> ids) {
        return String.join("[,]", ids);
    }

    /** The learner's own words in the step: the retelling, the acknowledgement, the commitment; none in sense. */
    static String written(CaseAnswers answers, Step step) {
        switch (step) {
            case PLACE:
                return answers.place().retelling();
            case DISCUSS:
                return answers.discuss().ownWords();
            case FIX:
                return answers.fix().commitment();
            default:
                return "";
        }
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }
}
