package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** Who the learner is helping in a case. */
public record Customer(String name, String about) {

    public Customer {
        Checks.text(name, "name");
        Checks.text(about, "about");
    }

    static Customer read(JsonObjectReader node) {
        return new Customer(node.text("name"), node.text("about"));
    }
}
