package org.empathytrainer.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.empathytrainer.content.ContentProblem;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;

/** Yes-or-no questions the main window asks, as dialogs styled like the window and answerable from the keyboard. */
final class Questions {
    /** A question: its dialog pane's id and its bundle keys. */
    record Question(String id, String title, String header, String body, String yes, String no) {}

    static final Question RESTART = new Question(
            "dialogRestart", "restart.title", "restart.header", "restart.body", "restart.yes", "restart.no");
    static final Question CHANGED = new Question(
            "dialogChanged", "changed.title", "changed.header", "changed.body", "changed.yes", "changed.no");

    private Questions() {}

    /** Asks {@code q}; true only for yes. Esc and closing the dialog answer no. */
    static boolean ask(AppContext ctx, Window owner, Question q) {
        Messages m = ctx.messages();
        ButtonType yes = new ButtonType(m.get(q.yes()), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get(q.no()), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.CONFIRMATION, m.get(q.body()), yes, no);
        dialog.setTitle(m.get(q.title()));
        dialog.setHeaderText(m.get(q.header()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ctx.appearance().register(dialog);
        dialog.getDialogPane().setId(q.id());
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }

    /**
     * Says that a case cannot be opened, and why: its file, the field and what is wrong. Enter, Esc or closing the
     * dialog go back to where the learner was.
     */
    static void tellUnavailable(AppContext ctx, Window owner, ContentProblem problem) {
        Messages m = ctx.messages();
        ButtonType back = new ButtonType(m.get("unavailable.back"), ButtonBar.ButtonData.OK_DONE);
        Alert dialog = new Alert(Alert.AlertType.ERROR, m.get("unavailable.body", problem.toString()), back);
        dialog.setTitle(m.get("unavailable.title"));
        dialog.setHeaderText(m.get("unavailable.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ctx.appearance().register(dialog);
        dialog.getDialogPane().setId("dialogUnavailable");
        // Wide enough for a file's path, and as tall as the whole message: a dialog keeps its size otherwise.
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.showAndWait();
    }
}
