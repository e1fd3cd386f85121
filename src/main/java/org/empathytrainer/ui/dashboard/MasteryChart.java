package org.empathytrainer.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.empathytrainer.practice.StepMastery;
import org.empathytrainer.ui.kit.MasteryGrid;
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
        MasteryGrid.setUp(this);
        setId("masteryChart");
        List<String> spoken = new ArrayList<>();
        for (StepMastery s : mastery) {
            boolean isWeakest = weakest.map(w -> w.step() == s.step()).orElse(false);
            Label value = new Label(t.percent(s.mastery()));
            value.setId("mastery-" + s.step().id());
            Label cases = Ui.text(
                    s.cases() == 0 ? m.get("dashboard.mastery.none") : m.get("dashboard.mastery.cases", s.cases()),
                    "muted");
            cases.setId("masteryCases-" + s.step().id());
            if (isWeakest) {
                cases.setText(cases.getText() + m.get("dashboard.separator") + m.get("dashboard.mastery.weakest"));
            }
            MasteryGrid.addRow(
                    this,
                    s.step().ordinal(),
                    m.get("dashboard.mastery.step", s.step().number(), t.step(s.step())),
                    bar(s, isWeakest),
                    cases,
                    value);
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
        return weakest ? MasteryGrid.bar(id, share, "weakest") : MasteryGrid.bar(id, share);
    }
}
