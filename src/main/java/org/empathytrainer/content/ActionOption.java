package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** A next step the agent could take in step 4. */
public record ActionOption(String id, String text, ActionKind kind, String feedback) {

    public ActionOption {
        Checks.id(id, "id");
        Checks.text(text, "text");
        Checks.text(feedback, "feedback");
    }

    public boolean helpful() {
        return kind == ActionKind.HELPFUL;
    }

    static ActionOption read(JsonObjectReader node) {
        return new ActionOption(
                node.text("id"),
                node.text("text"),
                Keyword.read(node, "kind", ActionKind.values()),
                node.text("feedback"));
    }
}
