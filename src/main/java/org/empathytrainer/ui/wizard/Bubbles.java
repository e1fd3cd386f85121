package org.empathytrainer.ui.wizard;

import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Utterance;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;

/** Turns of a conversation as speech bubbles, the customer's and the agent's told apart by colour and name. */
final class Bubbles {

    private Bubbles() {}

    static TextFlow bubble(Messages m, CustomerCase c, Utterance u) {
        boolean customer = u.speaker() == Utterance.Speaker.CUSTOMER;
        String who = customer ? c.customer().name() : m.get("context.agent");
        TextFlow bubble = new Prose.Flow(Prose.run(who + "\n", "speaker"), Prose.run(u.text()));
        bubble.getStyleClass().addAll("bubble", customer ? "customer" : "agent");
        bubble.setFocusTraversable(false);
        return bubble;
    }

    /** The turns in a column; each bubble's id is {@code idPrefix} and its number, from 1. */
    static VBox column(Messages m, CustomerCase c, List<Utterance> turns, String idPrefix) {
        VBox box = new VBox(8);
        box.getStyleClass().add("turns");
        int i = 1;
        for (Utterance u : turns) {
            TextFlow b = bubble(m, c, u);
            b.setId(idPrefix + "-" + i++);
            box.getChildren().add(b);
        }
        return box;
    }
}
