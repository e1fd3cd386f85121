package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/**
 * A candidate answer to "what matters most to this customer?" in step 1.
 *
 * @param credit   how much of the step's score choosing it earns, from 0 to 1; the best concern has 1
 * @param feedback why it is or is not what matters most
 */
public record Concern(String id, String text, double credit, String feedback) {

    public Concern {
        Checks.id(id, "id");
        Checks.text(text, "text");
        Checks.range(credit, 0, 1, "credit");
        Checks.text(feedback, "feedback");
    }

    static Concern read(JsonObjectReader node) {
        return new Concern(node.text("id"), node.text("text"), node.number("credit"), node.text("feedback"));
    }
}
