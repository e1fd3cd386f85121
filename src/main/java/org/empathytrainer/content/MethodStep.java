package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/**
 * One step of the method as the course explains it.
 *
 * @param step      which step
 * @param title     the full name, e.g. "Put yourself in the customer's place"
 * @param shortName the word on the step indicator, e.g. "Place"
 * @param summary   one line on what the learner does
 * @param why       a few sentences on why it matters to the customer
 * @param selfCheck statements the learner ticks about their own written answer
 */
public record MethodStep(
        Step step, String title, String shortName, String summary, String why, List<CheckItem> selfCheck) {

    public MethodStep {
        Checks.text(title, "title");
        Checks.text(shortName, "short");
        Checks.text(summary, "summary");
        Checks.text(why, "why");
        selfCheck = List.copyOf(selfCheck);
        Checks.uniqueIds(selfCheck, CheckItem::id, "selfCheck");
    }

    static MethodStep read(JsonObjectReader node) {
        Step step = Keyword.read(node, "id", Step.values());
        List<CheckItem> checks = node.has("selfCheck") ? node.list("selfCheck", CheckItem::read) : List.of();
        return new MethodStep(
                step, node.text("title"), node.text("short"), node.text("summary"), node.text("why"), checks);
    }
}
