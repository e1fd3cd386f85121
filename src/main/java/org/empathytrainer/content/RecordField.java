package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** One line of what the agent can see on their screen, e.g. the carrier's delivery status. */
public record RecordField(String label, String value) {

    public RecordField {
        Checks.text(label, "label");
        Checks.text(value, "value");
    }

    static RecordField read(JsonObjectReader node) {
        return new RecordField(node.text("label"), node.text("value"));
    }
}
