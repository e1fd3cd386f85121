package org.empathytrainer.ui.dashboard;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.wizard.SummaryPage;

/**
 * One attempt, read-only, as the learner left it: a finished attempt at a case of the course shows the wizard's
 * summary (each step's score explained, their reply beside a model reply); an unfinished one, or one at a case no
 * longer in the course, shows the answers given without the answer key. Nothing here edits the attempt. Back, Esc or
 * Page Up returns to the dashboard.
 */
final class AttemptReview {
    private final ScrollPane root;
    private final Button back;

    AttemptReview(AppContext ctx, Texts t, Attempt attempt, Runnable onBack) {
        Messages m = ctx.messages();
        back = new Button(m.get("review.back"));
        back.setId("reviewBack");
        back.setMnemonicParsing(true);
        back.setMinWidth(Button.USE_PREF_SIZE);
        back.setOnAction(e -> onBack.run());
        Label title =
                Ui.text(m.get("dashboard.attempt", t.caseName(attempt.caseRef()), attempt.number()), "screen-title");
        title.setId("reviewTitle");
        Label meta = Ui.text(t.attemptLine(attempt), "muted");
        meta.setId("reviewMeta");
        Label readOnly = Ui.text(m.get("review.read-only"), "body-text");
        readOnly.setId("reviewReadOnly");
        VBox note = new VBox(readOnly);
        note.getStyleClass().add("why-box");
        Label retelling = Ui.text(
                attempt.progress().answers().place().retelling().isBlank()
                        ? m.get("review.nothing")
                        : attempt.progress().answers().place().retelling(),
                "body-text");
        retelling.setId("reviewRetelling");
        VBox body = new VBox(back, title, meta, note, Ui.text(m.get("review.retelling"), "section-title"), retelling);
        body.getStyleClass().add("screen");
        Optional<CustomerCase> c = ctx.course().findCase(attempt.caseRef().id());
        if (c.isPresent() && attempt.completed()) {
            body.getChildren().add(new SummaryPage(ctx, c.get(), attempt.progress()).node());
        } else {
            if (c.isEmpty()) {
                body.getChildren().add(Ui.text(m.get("review.removed"), "muted"));
            }
            body.getChildren().add(new AnswersView(t, ctx.course(), c, attempt.progress()));
        }
        root = new ScrollPane(body);
        root.setFitToWidth(true);
        root.setId("attemptReview");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onBack.run();
            }
        });
    }

    Node node() {
        return root;
    }

    Node initialFocus() {
        return back;
    }
}
