package org.empathytrainer.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Every attempt, newest first: the case, when, how long, and each step's score. A list view, so only the rows in
 * sight are built however long the history. The arrow keys choose an attempt; Enter, a double click or Review opens
 * it.
 */
final class AttemptList extends VBox {
    private final ListView<Attempt> list = new ListView<>();
    private final Button review;

    AttemptList(Texts t, List<Attempt> attempts, Consumer<Attempt> open) {
        Messages m = t.messages();
        setId("attemptHistory");
        getStyleClass().add("attempt-history");
        list.setId("attemptList");
        list.getStyleClass().add("attempt-list");
        list.setAccessibleText(m.get("dashboard.history.accessible", attempts.size()));
        list.getItems().setAll(attempts);
        list.setCellFactory(v -> new AttemptCell(t));
        review = new Button(m.get("dashboard.review"));
        review.setId("reviewAttempt");
        review.setMnemonicParsing(true);
        review.setMinWidth(Button.USE_PREF_SIZE);
        review.setAccessibleText(m.get("dashboard.review.accessible"));
        review.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        review.setOnAction(e -> openSelected(open));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && selected() != null) {
                e.consume();
                openSelected(open);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                openSelected(open);
            }
        });
        if (!attempts.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        getChildren().addAll(list, new HBox(review));
    }

    ListView<Attempt> list() {
        return list;
    }

    private Attempt selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void openSelected(Consumer<Attempt> open) {
        if (selected() != null) {
            open.accept(selected());
        }
    }

    /** One attempt: "Case 4: ..., attempt 2", then date, time spent and status, then the steps' scores. */
    private static final class AttemptCell extends ListCell<Attempt> {
        private final Texts t;
        private final Label title = Ui.text("", "attempt-title");
        private final Label when = Ui.text("", "muted");
        private final Label steps = Ui.text("");
        private final VBox box = new VBox(title, when, steps);

        AttemptCell(Texts t) {
            this.t = t;
            // Without this the cell asks for the width of its longest line and the text never wraps.
            setPrefWidth(0);
            box.getStyleClass().add("attempt-cell");
        }

        @Override
        protected void updateItem(Attempt attempt, boolean empty) {
            super.updateItem(attempt, empty);
            if (empty || attempt == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(t.messages().get("dashboard.attempt", t.caseName(attempt.caseRef()), attempt.number()));
            when.setText(t.attemptLine(attempt));
            steps.setText(t.resultLine(attempt));
            setGraphic(box);
            setAccessibleText(title.getText() + ". " + when.getText() + ". " + steps.getText());
        }
    }
}
