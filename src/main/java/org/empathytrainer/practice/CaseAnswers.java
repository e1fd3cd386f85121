package org.empathytrainer.practice;

import java.util.Optional;
import org.empathytrainer.content.Step;

/** All of a learner's answers in one case, drafts included. */
public record CaseAnswers(PlaceAnswer place, SenseAnswer sense, DiscussAnswer discuss, FixAnswer fix) {
    public static final CaseAnswers EMPTY =
            new CaseAnswers(PlaceAnswer.EMPTY, SenseAnswer.EMPTY, DiscussAnswer.EMPTY, FixAnswer.EMPTY);

    public CaseAnswers {
        place = place == null ? PlaceAnswer.EMPTY : place;
        sense = sense == null ? SenseAnswer.EMPTY : sense;
        discuss = discuss == null ? DiscussAnswer.EMPTY : discuss;
        fix = fix == null ? FixAnswer.EMPTY : fix;
    }

    /** What still keeps the step from being complete, if anything. */
    public Optional<Blocker> blocker(Step step) {
        switch (step) {
            case PLACE:
                return place.blocker();
            case SENSE:
                return sense.blocker();
            case DISCUSS:
                return discuss.blocker();
            case FIX:
                return fix.blocker();
            default:
                throw new IllegalArgumentException(step.toString());
        }
    }

    public CaseAnswers with(PlaceAnswer answer) {
        return new CaseAnswers(answer, sense, discuss, fix);
    }

    public CaseAnswers with(SenseAnswer answer) {
        return new CaseAnswers(place, answer, discuss, fix);
    }

    public CaseAnswers with(DiscussAnswer answer) {
        return new CaseAnswers(place, sense, answer, fix);
    }

    public CaseAnswers with(FixAnswer answer) {
        return new CaseAnswers(place, sense, discuss, answer);
    }
}
