package org.empathytrainer.ui.profiles;

import java.time.ZoneId;
import java.util.Date;
import java.util.OptionalDouble;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The certificate as a node of a fixed size, A4 landscape at 96 dots per inch (taller only when the cases do not
 * fit): the app's name, the learner's name, the date, and a table of the completed cases with each step's score and
 * the mean of each step over those cases.
 */
public final class CertificateView {
    /** A4 landscape, 297 x 210 mm, at 96 dots per inch. */
    public static final double WIDTH = 1123;

    public static final double HEIGHT = 794;

    private CertificateView() {}

    /** A new node each call: a node lives in one scene at a time, and saving or printing needs one of its own. */
    public static Region build(Messages m, Certificate c) {
        VBox root = new VBox(
                centred(m.get("app.title"), "certificate-app"),
                centred(m.get("certificate.title"), "certificate-title"),
                centred(m.get("certificate.certifies"), "certificate-text"),
                centred(c.learnerName(), "certificate-name"),
                centred(m.get("certificate.completed", c.cases().size(), c.casesInCourse()), "certificate-text"),
                centred(
                        m.get(
                                "certificate.date",
                                Date.from(c.date()
                                        .atStartOfDay(ZoneId.systemDefault())
                                        .toInstant())),
                        "certificate-text"));
        root.getChildren().get(3).setId("certificateLearner");
        root.getChildren()
                .add(c.cases().isEmpty() ? centred(m.get("certificate.none"), "certificate-text") : table(m, c));
        root.setId("certificate");
        root.getStyleClass().add("certificate");
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);
        root.setMinHeight(HEIGHT);
        return root;
    }

    private static GridPane table(Messages m, Certificate c) {
        GridPane grid = new GridPane();
        grid.setId("certificateResults");
        grid.getStyleClass().add("certificate-table");
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(title);
        int row = 0;
        grid.add(cell(m.get("certificate.case"), "head"), 0, row);
        for (Step s : Step.values()) {
            grid.add(
                    score(m.get("certificate.step", s.number(), m.get("step.short." + s.id())), "head"),
                    s.number(),
                    row);
            grid.getColumnConstraints().add(new ColumnConstraints());
        }
        grid.add(score(m.get("certificate.case-score"), "head"), Step.values().length + 1, row);
        for (Certificate.CaseResult r : c.cases()) {
            row++;
            grid.add(cell(r.title(), "case"), 0, row);
            for (Step s : Step.values()) {
                grid.add(score(percent(m, r.score(s)), "case"), s.number(), row);
            }
            grid.add(score(percent(m, r.overall()), "case"), Step.values().length + 1, row);
        }
        row++;
        grid.add(cell(m.get("certificate.mean"), "mean"), 0, row);
        for (Step s : Step.values()) {
            grid.add(score(percent(m, c.stepMean(s)), "mean"), s.number(), row);
        }
        grid.add(score(percent(m, c.overall()), "mean"), Step.values().length + 1, row);
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        return grid;
    }

    private static String percent(Messages m, OptionalDouble score) {
        return score.isPresent() ? m.percent(score.getAsDouble()) : m.get("certificate.no-score");
    }

    private static Label centred(String text, String style) {
        Label label = Ui.text(text, style);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label cell(String text, String kind) {
        Label label = Ui.text(text, "certificate-cell", kind);
        label.setMaxHeight(Double.MAX_VALUE);
        return label;
    }

    private static Label score(String text, String kind) {
        Label label = cell(text, kind);
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
