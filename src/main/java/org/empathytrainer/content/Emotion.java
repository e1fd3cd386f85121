package org.empathytrainer.content;

import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A feeling in the shared palette learners pick from in step 2.
 *
 * @param group the group of near-synonyms it belongs to (panic, anxiety and fear are one), or null for none
 */
public record Emotion(String id, String label, String description, String group) {

    public Emotion {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(description, "description");
        if (group != null) {
            Checks.id(group, "group");
        }
    }

    public Optional<String> groupIfAny() {
        return Optional.ofNullable(group);
    }

    static Emotion read(JsonObjectReader node) {
        return new Emotion(
                node.text("id"),
                node.text("label"),
                node.text("description"),
                node.optionalText("group").orElse(null));
    }
}
