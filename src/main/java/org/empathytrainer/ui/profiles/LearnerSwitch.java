package org.empathytrainer.ui.profiles;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.kit.Messages;

/**
 * For the main window's top bar: who is learning ({@code #currentLearner}) and, one click away, Switch learner
 * ({@code #switchLearner}, Alt+W), which should show the {@link ProfileChooser}.
 */
public final class LearnerSwitch extends HBox {
    private final Messages m;
    private final Label current = new Label();
    private final Button change;

    public LearnerSwitch(Messages m, Runnable onSwitch) {
        this.m = m;
        current.setId("currentLearner");
        current.getStyleClass().add("learner-name");
        current.setMinWidth(Region.USE_PREF_SIZE);
        change = new Button(m.get("learner.switch"));
        change.setId("switchLearner");
        change.setMnemonicParsing(true);
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.setAccessibleText(m.get("learner.switch.accessible"));
        change.setOnAction(e -> onSwitch.run());
        getChildren().addAll(current, change);
        getStyleClass().add("learner-switch");
        setLearner(null);
    }

    /** Shows {@code p} as the current learner; null hides the switch (the chooser is showing: nothing to switch). */
    public void setLearner(Profile p) {
        current.setText(p == null ? "" : m.get("learner.current", p.name()));
        for (javafx.scene.Node n : List.of(current, change)) {
            n.setVisible(p != null);
            n.setManaged(p != null);
        }
    }
}
