package org.empathytrainer.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.StepMastery;
import org.empathytrainer.ui.kit.MasteryBar;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * A bar per step, as long as its mastery, with the figure written beside it and how many cases it rests on. Built
 * from regions styled by the theme, so it follows the palette and the text size; a screen reader reads the whole
 * chart as one sentence.
 */
final class MasteryChart extends GridPane {

    MasteryChart(Texts t, List<StepMastery> mastery, Optional<StepMastery> weakest) {
        Messages m = t.messages();
        getStyleClass().add("mastery-chart");
        setId("masteryChart");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(0);
        ColumnConstraints figure = new ColumnConstraints();
        figure.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(name, bar, figure);
        List<String> spoken = new ArrayList<>();
        for (StepMastery s : mastery) {
            String step = m.get("dashboard.mastery.step", s.step().number(), t.step(s.step()));
            Label stepLabel = new Label(step);
            stepLabel.setMinWidth(Region.USE_PREF_SIZE);
            stepLabel.getStyleClass().add("mastery-step");
            boolean isWeakest = weakest.map(w -> w.step() == s.step()).orElse(false);
            Label value = new Label(t.percent(s.mastery()));
            value.setId("mastery-" + s.step().id());
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.getStyleClass().add("mastery-value");
            Label cases = Ui.text(
                    s.cases() == 0 ? m.get("dashboard.mastery.none") : m.get("dashboard.mastery.cases", s.cases()),
                    "muted");
            cases.setId("masteryCases-" + s.step().id());
            cases.setMinWidth(0);
            if (isWeakest) {
                cases.setText(cases.getText() + m.get("dashboard.separator") + m.get("dashboard.mastery.weakest"));
            }
            // What the figure rests on goes under the bar rather than beside it, so the bar keeps its length when the
            // text is large.
            VBox barAndBasis = new VBox(bar(s, isWeakest), cases);
            barAndBasis.getStyleClass().add("mastery-bar");
            addRow(s.step().ordinal(), stepLabel, barAndBasis, value);
            spoken.add(
                    s.mastery().isPresent()
                            ? m.get("dashboard.mastery.spoken", t.step(s.step()), t.percent(s.mastery()), s.cases())
                            : m.get("dashboard.mastery.spoken.none", t.step(s.step())));
        }
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(m.get("dashboard.mastery.accessible", String.join("; ", spoken)));
    }

    private static StackPane bar(StepMastery s, boolean weakest) {
        String id = "masteryBar-" + s.step().id();
        double share = s.mastery().orElse(0);
        return weakest ? MasteryBar.of(id, share, "weakest") : MasteryBar.of(id, share);
    }
}
