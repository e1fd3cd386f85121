package org.empathytrainer.content;

/** One line of what the agent can see on their screen, e.g. the carrier's delivery status. */
public record RecordField(String label, String value) {

    public RecordField {
        Checks.text(label, "label");
        Checks.text(value, "value");
    }

    static RecordField read(Node node) {
        return new RecordField(node.text("label"), node.text("value"));
    }
}
