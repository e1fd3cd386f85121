package org.empathytrainer.ui.wizard;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.RecordField;
import org.empathytrainer.content.Utterance;
import org.empathytrainer.ui.Messages;
import org.empathytrainer.ui.Ui;

/** Beside every step: what the customer said and what the agent can see on their screen. */
final class CaseContext extends VBox {

    CaseContext(Messages m, CustomerCase c) {
        getStyleClass().add("context-pane");
        setId("caseContext");
        getChildren().addAll(Ui.text(m.get("context.conversation"), "section-title"),
                Ui.text(c.customer().about(), "muted"));
        for (Utterance u : c.conversation()) {
            boolean customer = u.speaker() == Utterance.Speaker.CUSTOMER;
            Label who = Ui.text(customer ? c.customer().name() : m.get("context.agent"), "speaker");
            VBox bubble = new VBox(2, who, Ui.text(u.text(), "body-text"));
            bubble.getStyleClass().addAll("bubble", customer ? "customer" : "agent");
            bubble.setFocusTraversable(false);
            getChildren().add(bubble);
        }
        getChildren().add(Ui.text(c.agentView().title(), "section-title"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("record-grid");
        grid.setId("agentView");
        int row = 0;
        for (RecordField f : c.agentView().fields()) {
            Label label = Ui.text(f.label(), "record-label");
            label.setMinWidth(110);
            label.setMaxWidth(150);
            grid.addRow(row++, label, Ui.text(f.value(), "body-text"));
        }
        getChildren().add(grid);
    }
}
