package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** A statement a learner can tick about their own answer ("I named the customer's feeling"). */
public record CheckItem(String id, String text) {

    public CheckItem {
        Checks.id(id, "id");
        Checks.text(text, "text");
    }

    static CheckItem read(JsonObjectReader node) {
        return new CheckItem(node.text("id"), node.text("text"));
    }
}
