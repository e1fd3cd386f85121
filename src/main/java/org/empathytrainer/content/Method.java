package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/** The four-step method: exactly one entry per {@link Step}, in order. */
public record Method(List<MethodStep> steps) {

    public Method {
        steps = Checks.nonEmpty(steps, "steps");
        if (steps.size() != Step.values().length) {
            throw new ContentException(
                    "steps", "must list the four steps place, sense, discuss, fix; found " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            Step expected = Step.values()[i];
            if (steps.get(i).step() != expected) {
                throw new ContentException(
                        "steps[" + i + "].id",
                        "must be \"" + expected.id() + "\" (the steps go place, sense, discuss, fix)");
            }
        }
    }

    public MethodStep step(Step step) {
        return steps.get(step.ordinal());
    }

    static Method read(JsonObjectReader node) {
        return new Method(node.list("steps", MethodStep::read));
    }
}
