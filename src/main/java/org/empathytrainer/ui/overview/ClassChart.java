package org.empathytrainer.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.empathytrainer.content.Step;
import org.empathytrainer.lrs.overview.ClassStepMastery;
import org.empathytrainer.ui.kit.MasteryGrid;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The class's mastery of each step as bars, drawn as the dashboard draws a learner's (the same style classes), with
 * the figure beside each bar and how many learners it rests on beneath; a screen reader reads it as one sentence.
 */
final class ClassChart extends GridPane {

    ClassChart(Messages m, List<ClassStepMastery> steps) {
        MasteryGrid.setUp(this);
        setId("overviewChart");
        List<String> spoken = new ArrayList<>();
        for (ClassStepMastery s : steps) {
            String step = stepName(m, s.step());
            Label value = new Label(percent(m, s));
            value.setId("overviewMastery-" + s.step().id());
            Label basis = Ui.text(
                    s.learners() == 0 ? m.get("overview.chart.none") : m.get("overview.chart.learners", s.learners()),
                    "muted");
            basis.setId("overviewLearners-" + s.step().id());
            StackPane bar =
                    MasteryGrid.bar("overviewBar-" + s.step().id(), s.mastery().orElse(0));
            MasteryGrid.addRow(
                    this,
                    s.step().ordinal(),
                    m.get("overview.chart.step", s.step().number(), step),
                    bar,
                    basis,
                    value);
            spoken.add(
                    s.mastery().isPresent()
                            ? m.get("overview.chart.spoken", step, percent(m, s), s.learners())
                            : m.get("overview.chart.spoken.none", step));
        }
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(m.get("overview.chart.accessible", String.join("; ", spoken)));
    }

    static String stepName(Messages m, Step step) {
        return m.get("step.short." + step.id());
    }

    private static String percent(Messages m, ClassStepMastery s) {
        return s.mastery().isPresent() ? m.percent(s.mastery().getAsDouble()) : m.get("overview.no-score");
    }
}
