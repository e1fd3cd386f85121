package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/** The record the agent has in front of them (an order, a tracking history, an account). */
public record AgentView(String title, List<RecordField> fields) {

    public AgentView {
        Checks.text(title, "title");
        fields = Checks.nonEmpty(fields, "fields");
    }

    static AgentView read(JsonObjectReader node) {
        return new AgentView(node.text("title"), node.list("fields", RecordField::read));
    }
}
