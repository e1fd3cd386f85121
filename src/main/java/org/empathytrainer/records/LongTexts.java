package org.empathytrainer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.TextLimits;

/**
 * Cuts what a learner wrote to {@link TextLimits#MAX_ANSWER} when saved progress holds more (saved by a version
 * without the limit, or edited by hand), so that a huge text never reaches the screens; what was cut is reported,
 * never a reason to refuse the file.
 */
final class LongTexts {
    private LongTexts() {}

    /** The progress with every written text within the limit, and where texts were cut (empty when none were). */
    record Cut(LearnerProgress progress, List<String> fields) {}

    static Cut cut(LearnerProgress p) {
        List<String> fields = new ArrayList<>();
        StoryProgress story = p.story();
        if (TextLimits.tooLong(story.reflection())) {
            story = new StoryProgress(story.scene(), shorten(story.reflection()), story.completedAt());
            fields.add("story.reflection");
        }
        Map<String, CaseProgress> cases = new LinkedHashMap<>();
        p.cases().forEach((id, c) -> cases.put(id, cut(c, "cases." + id, fields)));
        List<CaseProgress> history = new ArrayList<>();
        for (int i = 0; i < p.history().size(); i++) {
            history.add(cut(p.history().get(i), "history[" + i + "]", fields));
        }
        return fields.isEmpty()
                ? new Cut(p, List.of())
                : new Cut(new LearnerProgress(p.learner(), story, cases, history), fields);
    }

    private static CaseProgress cut(CaseProgress c, String at, List<String> fields) {
        CaseAnswers a = c.answers();
        CaseAnswers cut = a;
        if (TextLimits.tooLong(a.place().retelling())) {
            cut = cut.with(a.place().withRetelling(shorten(a.place().retelling())));
            fields.add(at + ".answers.place.retelling");
        }
        if (TextLimits.tooLong(a.discuss().ownWords())) {
            cut = cut.with(a.discuss().withOwnWords(shorten(a.discuss().ownWords())));
            fields.add(at + ".answers.discuss.ownWords");
        }
        if (TextLimits.tooLong(a.fix().commitment())) {
            cut = cut.with(a.fix().withCommitment(shorten(a.fix().commitment())));
            fields.add(at + ".answers.fix.commitment");
        }
        return cut == a
                ? c
                : new CaseProgress(
                        c.caseId(),
                        c.caseVersion(),
                        c.page(),
                        cut,
                        c.steps(),
                        c.startedAt(),
                        c.updatedAt(),
                        c.completedAt());
    }

    private static String shorten(String text) {
        return text.substring(0, TextLimits.MAX_ANSWER);
    }
}
