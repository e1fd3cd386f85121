package org.empathytrainer.practice;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The learner's own full reply to the customer: their acknowledgement (step 3), then their commitment (step 4). */
public final class LearnerReply {
    private LearnerReply() {}

    public static String assemble(CaseAnswers answers) {
        return Stream.of(answers.discuss().ownWords(), answers.fix().commitment())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
