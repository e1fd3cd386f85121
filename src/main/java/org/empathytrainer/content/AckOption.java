package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/**
 * Something the agent could say first in step 3.
 *
 * @param feedback how the customer would feel hearing it, and why
 */
public record AckOption(String id, String text, AckKind kind, String feedback) {

    public AckOption {
        Checks.id(id, "id");
        Checks.text(text, "text");
        Checks.text(feedback, "feedback");
    }

    public boolean best() {
        return kind == AckKind.BEST;
    }

    static AckOption read(JsonObjectReader node) {
        return new AckOption(
                node.text("id"),
                node.text("text"),
                Keyword.read(node, "kind", AckKind.values()),
                node.text("feedback"));
    }
}
