package org.empathytrainer.ui.lrs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.empathytrainer.lrs.Happened;
import org.empathytrainer.lrs.RefusedStatement;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.lrs.WaitingStatement;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * What sending to the learning record store is doing: the state in a sentence, the last problem, what waits to be
 * sent and what the store refused, with its reasons; Try again now (skips the wait before the next try) and Send the
 * refused again. Follows the status while open ({@link #show}).
 */
public final class SendDetailsDialog extends Dialog<ButtonType> {
    /** What the dialog's buttons do. */
    public record Actions(Runnable retryNow, Runnable retryRefused) {}

    private final Messages m;
    private final Function<String, String> caseTitle;
    private final StatusWords words;
    private final Label state = Ui.text("", "body-text");
    private final Label problem = Ui.text("", "muted");
    private final Label waitingTitle = Ui.text("", "section-title");
    private final ListView<String> waiting = new ListView<>();
    private final Label refusedTitle = Ui.text("", "section-title");
    private final ListView<String> refused = new ListView<>();
    private final Button retryNow = new Button();
    private final Button retryRefused = new Button();

    /** @param caseTitle a case's title by its id, for the lines (the id itself for a case the course lacks) */
    public SendDetailsDialog(
            Messages m,
            ZoneId zone,
            Function<String, String> caseTitle,
            SendStatus status,
            Actions actions,
            Window owner) {
        this.m = m;
        this.caseTitle = caseTitle;
        this.words = new StatusWords(m, zone);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("lrs.details.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId("dialogLrsDetails");
        ButtonType close = new ButtonType(m.get("lrs.details.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("lrsDetailsClose");
        state.setId("lrsDetailsState");
        waitingTitle.setId("lrsDetailsWaitingTitle");
        problem.setId("lrsDetailsProblem");
        waiting.setId("lrsWaiting");
        waiting.setAccessibleText(m.get("lrs.details.waiting.accessible"));
        waiting.setPrefHeight(160);
        refused.setId("lrsRefused");
        refused.setAccessibleText(m.get("lrs.details.refused.accessible"));
        refused.setPrefHeight(160);
        retryNow.setText(m.get("lrs.details.retry-now"));
        retryNow.setId("lrsRetryNow");
        retryNow.setMnemonicParsing(true);
        retryNow.setOnAction(e -> actions.retryNow().run());
        retryRefused.setText(m.get("lrs.details.retry-refused"));
        retryRefused.setId("lrsRetryRefused");
        retryRefused.setMnemonicParsing(true);
        retryRefused.setOnAction(e -> actions.retryRefused().run());
        for (Button b : new Button[] {retryNow, retryRefused}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.managedProperty().bind(b.visibleProperty());
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {waitingTitle, waiting, refusedTitle, refused, problem}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox content =
                new VBox(8, state, problem, waitingTitle, waiting, retryNow, refusedTitle, refused, retryRefused);
        content.setPrefWidth(640);
        pane.setContent(content);
        show(status);
    }

    /** Shows {@code now}; call on the JavaFX thread. */
    public void show(SendStatus now) {
        state.setText(sentence(now));
        problem.setText(
                now.lastProblem().map(p -> m.get("lrs.details.problem", p)).orElse(""));
        problem.setVisible(now.lastProblem().isPresent());
        waitingTitle.setText(m.get("lrs.details.waiting", now.waitingCount()));
        List<String> lines =
                new ArrayList<>(now.waiting().stream().map(this::line).toList());
        if (now.waitingCount() > now.waiting().size()) {
            // The service lists the oldest only: a list of thousands helps nobody.
            lines.add(m.get(
                    "lrs.details.waiting.more",
                    now.waitingCount() - now.waiting().size()));
        }
        waiting.getItems().setAll(lines);
        boolean anyWaiting = now.waitingCount() > 0;
        waitingTitle.setVisible(anyWaiting);
        waiting.setVisible(anyWaiting);
        retryNow.setVisible(anyWaiting && now.state() != SendStatus.State.OFF);
        refusedTitle.setText(m.get("lrs.details.refused", now.refusedCount()));
        refused.getItems().setAll(now.refused().stream().map(this::line).toList());
        boolean anyRefused = now.refusedCount() > 0;
        refusedTitle.setVisible(anyRefused);
        refused.setVisible(anyRefused);
        retryRefused.setVisible(anyRefused && now.state() != SendStatus.State.OFF);
    }

    private String sentence(SendStatus s) {
        String last = s.lastSentAt()
                .map(t -> m.get("lrs.details.last-sent", words.time(t)))
                .orElse("");
        switch (s.state()) {
            case OFF:
                return m.get("lrs.details.off");
            case KEY_REFUSED:
                return m.get("lrs.details.key-refused");
            default:
                return words.of(s) + last;
        }
    }

    private String line(WaitingStatement w) {
        return m.get("lrs.details.waiting.line", words.time(w.queuedAt()), what(w.what()));
    }

    private String line(RefusedStatement r) {
        return m.get("lrs.details.refused.line", words.time(r.refusedAt()), what(r.what()), r.status(), r.reason());
    }

    /** What happened, in the app's words: "Ana did Sense in “The parcel that was never on the porch”". */
    private String what(Happened h) {
        if (h.caseId().isPresent() && h.step().isPresent() && h.verb().equals("answered")) {
            String step = m.get("step.short." + h.step().get());
            return m.get(
                    "lrs.what.step", h.who(), step, caseTitle.apply(h.caseId().get()));
        }
        if (h.caseId().isPresent() && h.verb().equals("completed")) {
            return m.get("lrs.what.case", h.who(), caseTitle.apply(h.caseId().get()));
        }
        if (h.aboutStory() && h.verb().equals("experienced")) {
            return m.get("lrs.what.story", h.who());
        }
        return m.get("lrs.what.other", h.who(), h.verb(), h.object());
    }
}
