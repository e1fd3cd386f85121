package org.empathytrainer.content;

/** One scene of the story, tied to the step of the method it shows. */
public record Scene(String id, Step step, String title, String text) {

    public Scene {
        Checks.id(id, "id");
        Checks.text(title, "title");
        Checks.text(text, "text");
    }

    static Scene read(Node node) {
        return new Scene(node.text("id"), Keyword.read(node, "step", Step.values()), node.text("title"), node.text("text"));
    }
}
