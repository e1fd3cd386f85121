package org.empathytrainer.content;

/** Who the learner is helping in a case. */
public record Customer(String name, String about) {

    public Customer {
        Checks.text(name, "name");
        Checks.text(about, "about");
    }

    static Customer read(Node node) {
        return new Customer(node.text("name"), node.text("about"));
    }
}
