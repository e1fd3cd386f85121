package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A family of phrases the tone check looks for in what a learner writes.
 *
 * @param pitfall true for phrases to avoid (dismissing, blaming, ...), false for empathy markers
 * @param advice  what the learner is told when a phrase of this group is found
 */
public record PhraseGroup(String id, boolean pitfall, String label, String advice, List<String> phrases) {

    public PhraseGroup {
        Checks.id(id, "id");
        Checks.text(label, "label");
        Checks.text(advice, "advice");
        phrases = Checks.nonEmpty(phrases, "phrases");
    }

    static PhraseGroup read(JsonObjectReader node) {
        String kind = node.text("kind");
        if (!kind.equals("marker") && !kind.equals("pitfall")) {
            throw new ContentException("kind", "\"" + kind + "\" must be marker or pitfall");
        }
        return new PhraseGroup(
                node.text("id"),
                kind.equals("pitfall"),
                node.text("label"),
                node.text("advice"),
                node.texts("phrases"));
    }
}
