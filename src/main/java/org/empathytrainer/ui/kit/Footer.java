package org.empathytrainer.ui.kit;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.empathytrainer.practice.Blocker;
import org.empathytrainer.practice.TextLimits;

/** The bar under a screen with Back and Next: what still blocks Next on the left, the buttons on the right. */
public final class Footer {
    private Footer() {}

    /** The buttons keep their full labels at any text size; the line saying what is missing wraps instead. */
    public static HBox of(Label blocker, Button... buttons) {
        blocker.getStyleClass().add("blocker");
        blocker.setWrapText(true);
        blocker.setMinWidth(0);
        blocker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(blocker, Priority.ALWAYS);
        HBox footer = new HBox(blocker);
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            footer.getChildren().add(b);
        }
        footer.getStyleClass().add("wizard-footer");
        return footer;
    }

    /** "To go on: ..." for what blocks Next, or nothing when Next is open. */
    public static String why(Messages m, Optional<Blocker> blocker) {
        return blocker.map(b -> m.get("wizard.blocked", m.get("blocker." + b.id(), TextLimits.MAX_ANSWER)))
                .orElse("");
    }
}
