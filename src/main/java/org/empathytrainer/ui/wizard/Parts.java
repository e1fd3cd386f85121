package org.empathytrainer.ui.wizard;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.empathytrainer.content.MethodStep;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.TextLimits;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Keys;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.TextLimit;
import org.empathytrainer.ui.kit.Ui;

/** Pieces the step pages share: the step's heading, written answers, feedback boxes. */
final class Parts {
    private Parts() {}

    /** "Step 2 of 4", the step's title, and why it matters. */
    static Node header(Messages m, MethodStep step) {
        Label eyebrow = Ui.text(m.get("wizard.step-of", step.step().number(), 4), "eyebrow");
        Label title = Ui.text(step.title(), "screen-title");
        title.setId("stepTitle");
        VBox why = new VBox(Prose.paragraph(step.why()));
        why.getStyleClass().add("why-box");
        return new VBox(6, eyebrow, title, why);
    }

    /** A text area for a written answer: Tab leaves it, each edit goes to {@code onEdit}, at most the answer limit. */
    static TextArea writing(String id, String text, String accessible, Consumer<String> onEdit) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setAccessibleText(accessible);
        Keys.tabMovesFocus(area);
        area.textProperty().addListener((o, was, now) -> onEdit.accept(now));
        return area;
    }

    /** {@code area} kept within {@link TextLimits#MAX_ANSWER}, with the line that says so under it. */
    static VBox limited(Messages m, TextArea area) {
        Label note = TextLimit.apply(m, area, TextLimits.MAX_ANSWER);
        return new VBox(4, area, note);
    }

    /**
     * A written answer with the live tone check under it, reading it for {@code facts} of the case at {@code step};
     * the check follows every edit.
     */
    static VBox toneCheckedWriting(
            Messages m,
            ToneCheck check,
            ToneFacts facts,
            Step step,
            String id,
            String text,
            String accessible,
            Consumer<String> onEdit) {
        ToneCheckView tone = new ToneCheckView(m, check, facts, step, id + "Tone");
        TextArea area = writing(id, text, accessible, edited -> {
            onEdit.accept(edited);
            tone.update(edited);
        });
        VBox box = limited(m, area);
        tone.update(area.getText());
        box.getChildren().add(tone);
        box.setSpacing(8);
        return box;
    }

    /** Feedback on a choice: a verdict line and the explanation, styled good or mistake. */
    static VBox feedback(String id, boolean good, String verdict, String explanation) {
        VBox box = new VBox(Ui.text(verdict, "section-title"), Prose.paragraph(explanation));
        box.getStyleClass().addAll("feedback", good ? "good" : "mistake");
        box.setId(id);
        box.setAccessibleText(verdict + ". " + explanation);
        return box;
    }

    /** The button that reveals feedback on the option chosen; the first option checked is the one scored. */
    static Button checkButton(Messages m, String id, Runnable onCheck) {
        Button check = new Button(m.get("choice.check"));
        check.setId(id);
        check.setAccessibleHelp(m.get("choice.first-check-counts"));
        check.setOnAction(e -> onCheck.run());
        return check;
    }

    /**
     * Hides {@code answer} from the room while presenting, until the presenter reveals it; in its place a line says
     * how to reveal it, when there is something to reveal ({@code present}). Outside presenter mode it always shows.
     */
    static VBox revealable(
            Messages m, Presentation presentation, String hintId, Node answer, ObservableBooleanValue present) {
        answer.visibleProperty().bind(presentation.answersShown());
        answer.managedProperty().bind(answer.visibleProperty());
        VBox box = new VBox(answer);
        // Presenter mode starts and stops by building the screens again: a page built outside it never needs the hint.
        if (presentation.presenting()) {
            TextFlow hint = Prose.paragraph(m.get("present.hidden"), "muted");
            hint.setId(hintId);
            hint.visibleProperty().bind(presentation.answersShown().not().and(present));
            hint.managedProperty().bind(hint.visibleProperty());
            box.getChildren().add(hint);
        }
        return box;
    }

    /**
     * An option of a choice the room can vote on: while presenting, its number shows in front of it, so the room can
     * vote by number and the trainer tally with the number keys.
     */
    static Node numbered(Presentation presentation, int number, Node option) {
        HBox row = new HBox(6, option);
        // Only while presenting, which builds the screens again as it starts and stops.
        if (presentation.presenting()) {
            Label badge = Ui.text(Integer.toString(number), "option-number");
            badge.visibleProperty().bind(presentation.presentingProperty());
            badge.managedProperty().bind(badge.visibleProperty());
            row.getChildren().add(0, badge);
        }
        row.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(option, Priority.ALWAYS);
        return row;
    }

    /** The chart of the room's votes on {@code ballot}; the wizard offers the ballot while the page shows. */
    static Node votes(Messages m, Presentation presentation, Ballot ballot) {
        return new VoteChart(m, presentation, ballot).node();
    }

    static VBox section(Node... children) {
        VBox box = new VBox(8, children);
        box.setFillWidth(true);
        return box;
    }
}
