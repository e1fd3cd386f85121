package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/**
 * What a learner working on their own takes from a case, shown after the summary.
 *
 * @param about      what the case was really about, in a sentence or two
 * @param expertMove the one thing experienced agents do here
 * @param question   a question to think about before the next case
 */
public record Debrief(String about, String expertMove, String question) {

    public Debrief {
        Checks.text(about, "about");
        Checks.text(expertMove, "expertMove");
        Checks.text(question, "question");
    }

    static Debrief read(JsonObjectReader node) {
        return new Debrief(node.text("about"), node.text("expertMove"), node.text("question"));
    }
}
