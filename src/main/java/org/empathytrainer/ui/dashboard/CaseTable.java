package org.empathytrainer.ui.dashboard;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.practice.CaseResults;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Each case in a row: its name with how many attempts and when it was last practised, then the best and the latest
 * result (overall, then per step). Three columns and every cell wrapping, so the table fits the window at any text
 * size.
 */
final class CaseTable extends GridPane {

    CaseTable(Texts t, List<CaseResults> cases) {
        Messages m = t.messages();
        getStyleClass().add("case-table");
        setId("caseTable");
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(i == 0 ? Priority.ALWAYS : Priority.SOMETIMES);
            getColumnConstraints().add(c);
        }
        addRow(
                0,
                header(m.get("dashboard.cases.case")),
                header(m.get("dashboard.cases.best")),
                header(m.get("dashboard.cases.latest")));
        int row = 1;
        for (CaseResults c : cases) {
            String caseId = c.caseRef().id();
            Label name = Ui.text(t.caseName(c.caseRef()), "case-name");
            name.setId("caseRow-" + caseId);
            Label attempts = Ui.text(m.get("dashboard.cases.attempts", c.attempts()), "muted");
            attempts.setId("caseRowAttempts-" + caseId);
            VBox about = cell(name, attempts);
            if (c.attempts() > 0) {
                about.getChildren().add(Ui.text(m.get("dashboard.cases.last", t.date(c.lastPractised())), "muted"));
            }
            addRow(
                    row++,
                    about,
                    result(t, c.best(), "caseRowBest", caseId),
                    result(t, c.latest(), "caseRowLatest", caseId));
        }
    }

    /** A result cell: the figure's id is {@code idPrefix-caseId}, the step figures' {@code idPrefixSteps-caseId}. */
    private static Node result(Texts t, Optional<Attempt> attempt, String idPrefix, String caseId) {
        if (attempt.isEmpty()) {
            Label none = Ui.text(t.messages().get("dashboard.no-score"));
            none.setId(idPrefix + "-" + caseId);
            return result(cell(none));
        }
        Attempt a = attempt.get();
        Label overall = Ui.text(t.result(a), "case-result");
        overall.setId(idPrefix + "-" + caseId);
        Label steps = Ui.text(t.stepFigures(a.scores()), "muted");
        steps.setId(idPrefix + "Steps-" + caseId);
        return result(cell(overall, steps));
    }

    private static VBox result(VBox cell) {
        cell.getStyleClass().add("case-result-cell");
        return cell;
    }

    private static Label header(String text) {
        Label label = Ui.text(text, "case-header");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A cell that fills its row's height, so the line under each row runs straight. */
    private static VBox cell(Node... content) {
        VBox box = new VBox(content);
        box.getStyleClass().add("case-cell");
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }
}
