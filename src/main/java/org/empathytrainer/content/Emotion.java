package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** A feeling in the shared palette learners pick from in step 2. */
public record Emotion(String id, String label, String description) {

    public Emotion {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(description, "description");
    }

    static Emotion read(JsonObjectReader node) {
        return new Emotion(node.text("id"), node.text("label"), node.text("description"));
    }
}
