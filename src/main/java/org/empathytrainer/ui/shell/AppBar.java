package org.empathytrainer.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;

/**
 * The bar across the top of the main window: the app's name, the state of sending results, the learner, then
 * Progress, Class overview, Present, Settings and Home.
 */
final class AppBar {
    /** What the bar's buttons do; {@code togglePresenting} enters presenter mode, or leaves it while presenting. */
    record Actions(
            Runnable home, Runnable dashboard, Runnable settings, Runnable togglePresenting, Runnable classOverview) {}

    private AppBar() {}

    /**
     * {@code learner}: who is learning, and the switch to another learner; {@code sending}: the state of sending
     * results to a learning record store, hidden while it is off.
     */
    static HBox of(AppContext ctx, Node learner, Node sending, ObservableBooleanValue learnerChosen, Actions actions) {
        Messages m = ctx.messages();
        Label title = new Label(m.get("app.title"));
        title.getStyleClass().add("app-title");
        Button home = button("navHome", m.get("nav.home"), m.get("nav.home.accessible"), actions.home());
        Button settings =
                button("navSettings", m.get("nav.settings"), m.get("nav.settings.accessible"), actions.settings());
        Button progress =
                button("navDashboard", m.get("nav.dashboard"), m.get("nav.dashboard.accessible"), actions.dashboard());
        // A dashboard is a learner's: none before choosing one, and none of the room's while presenting.
        progress.disableProperty()
                .bind(Bindings.not(learnerChosen).or(ctx.presentation().presentingProperty()));
        Button overview = button(
                "navClassOverview",
                m.get("nav.class-overview"),
                m.get("nav.class-overview.accessible"),
                actions.classOverview());
        // The trainer's view of the whole class is not for the room's eyes.
        overview.disableProperty().bind(ctx.presentation().presentingProperty());
        Button present = button("navPresent", "", m.get("nav.present.accessible"), actions.togglePresenting());
        present.textProperty()
                .bind(Bindings.when(ctx.presentation().presentingProperty())
                        .then(m.get("nav.present.stop"))
                        .otherwise(m.get("nav.present")));
        for (Button b : List.of(progress, overview, present, settings, home)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The buttons wrap onto more lines rather than push past the window's edge at large text sizes.
        FlowPane buttons = new FlowPane(sending, learner, progress, overview, present, settings, home);
        buttons.getStyleClass().add("app-bar-actions");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(title, buttons);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private static Button button(String id, String text, String accessible, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(accessible);
        b.setOnAction(e -> action.run());
        return b;
    }
}
