package org.empathytrainer.ui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.kit.FocusScroll;
import org.empathytrainer.ui.kit.Messages;

/**
 * Theme, text size and reduced motion. Every change applies at once to every window {@link Appearance} styles, this
 * dialog included, so there is nothing to confirm: Close (or Escape) just closes it. Create one each time it opens.
 */
public final class SettingsDialog extends Dialog<ButtonType> {
    private final Appearance appearance;
    private final ToggleGroup themes = new ToggleGroup();
    private final Label overridden = new Label();
    private VBox themeChoices;
    /** The dialog's sections; in a scroll pane only while they would be taller than the screen. */
    private VBox sections;

    private final Slider scale = new Slider(Settings.SCALE_MIN, Settings.SCALE_MAX, Settings.SCALE_MIN);
    private final Label scaleValue = new Label();
    private final CheckBox reducedMotion = new CheckBox();
    private final Messages m;
    /** Removes this dialog's listeners from the long-lived {@link Appearance} once it closes. */
    private final List<Runnable> unlisten = new ArrayList<>();

    public SettingsDialog(Messages m, Appearance appearance, Window owner) {
        this.m = m;
        this.appearance = appearance;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("settings.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId("dialogSettings");
        ButtonType close = new ButtonType(m.get("settings.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("settingsClose");
        sections = content();
        pane.setContent(sections);
        appearance.register(this);
        appearance.installKeys(pane.getScene());
        // Tab to a control below the fold of the scroll pane (see scrollIfTooTall) brings it into view.
        FocusScroll.install(pane.getScene());
        showCurrent();
        wire();
    }

    /**
     * Puts the sections in a scroll pane while they would be taller than most of the screen (more sections, large
     * text), and back out of it when they fit, so the dialog never reaches past the screen and looks as before
     * otherwise. The scroll bar is then always shown, so the texts keep the width they were measured at.
     */
    private void scrollIfTooTall() {
        DialogPane pane = getDialogPane();
        pane.applyCss();
        double wanted = sections.prefHeight(sections.prefWidth(-1));
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        double screen = (window == null || window.getWidth() <= 0
                        ? Screen.getPrimary()
                        : Screen.getScreensForRectangle(
                                        window.getX(), window.getY(), window.getWidth(), window.getHeight())
                                .stream()
                                .findFirst()
                                .orElse(Screen.getPrimary()))
                .getVisualBounds()
                .getHeight();
        double room = screen * 0.8;
        Node focused = pane.getScene() == null ? null : pane.getScene().getFocusOwner();
        if (wanted > room && !(pane.getContent() instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane();
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
            pane.setContent(scroll);
            scroll.setContent(sections);
        }
        if (pane.getContent() instanceof ScrollPane) {
            if (wanted > room) {
                ((ScrollPane) pane.getContent()).setPrefViewportHeight(room);
            } else {
                ((ScrollPane) pane.getContent()).setContent(null);
                pane.setContent(sections);
            }
        }
        if (focused != null && focused.getScene() != null && !focused.isFocused()) {
            focused.requestFocus();
        }
    }

    /** Adds a section after the dialog's own, such as the learning record store's; call before it shows. */
    public void addSection(Node section) {
        sections.getChildren().add(section);
    }

    private VBox content() {
        Label themeTitle = new Label(m.get("settings.theme"));
        themeTitle.getStyleClass().add("section-title");
        VBox themeChoices = new VBox(6);
        for (Theme t : Theme.values()) {
            RadioButton choice = new RadioButton(themeName(m, t));
            choice.setId("settingsTheme-" + t.id());
            choice.setUserData(t);
            choice.setToggleGroup(themes);
            choice.setAccessibleText(m.get("settings.theme.accessible", themeName(m, t)));
            themeChoices.getChildren().add(choice);
        }

        Label scaleTitle = new Label(m.get("settings.text-size"));
        scaleTitle.getStyleClass().add("section-title");
        scaleTitle.setMnemonicParsing(true);
        scaleTitle.setLabelFor(scale);
        scale.setId("settingsScale");
        scale.setMajorTickUnit(Settings.SCALE_STEP);
        scale.setMinorTickCount(0);
        scale.setBlockIncrement(Settings.SCALE_STEP);
        scale.setSnapToTicks(true);
        scale.setShowTickMarks(true);
        scale.setAccessibleText(m.get("settings.text-size.accessible"));
        HBox.setHgrow(scale, Priority.ALWAYS);
        scale.setMaxWidth(Double.MAX_VALUE);
        scaleValue.setId("settingsScaleValue");
        scaleValue.setMinWidth(Label.USE_PREF_SIZE);
        HBox scaleRow = new HBox(12, scale, scaleValue);
        Label keys = new Label(m.get("settings.text-size.keys"));
        keys.getStyleClass().add("muted");
        keys.setMinHeight(Label.USE_PREF_SIZE);

        reducedMotion.setText(m.get("settings.reduced-motion"));
        reducedMotion.setMnemonicParsing(true);
        reducedMotion.setId("settingsReducedMotion");
        reducedMotion.setAccessibleText(m.get("settings.reduced-motion.accessible"));
        Label motionHint = new Label(m.get("settings.reduced-motion.hint"));
        motionHint.getStyleClass().add("muted");
        motionHint.setMinHeight(Label.USE_PREF_SIZE);

        overridden.setText(m.get("settings.theme.overridden"));
        overridden.setId("settingsThemeOverridden");
        overridden.getStyleClass().add("muted");
        overridden.setWrapText(true);
        overridden.setMinHeight(Label.USE_PREF_SIZE);
        overridden.managedProperty().bind(overridden.visibleProperty());
        this.themeChoices = themeChoices;
        VBox content = new VBox(
                8, themeTitle, overridden, themeChoices, scaleTitle, scaleRow, keys, reducedMotion, motionHint);
        VBox.setMargin(scaleTitle, new Insets(10, 0, 0, 0));
        VBox.setMargin(reducedMotion, new Insets(10, 0, 0, 0));
        return content;
    }

    private void wire() {
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                appearance.setTheme((Theme) now.getUserData());
            }
        });
        // While the thumb is dragged the text would resize under the pointer; apply where it is let go.
        scale.valueProperty().addListener((o, was, now) -> {
            if (!scale.isValueChanging()) {
                appearance.setScale((int) Math.round(now.doubleValue()));
            }
        });
        scale.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                appearance.setScale((int) Math.round(scale.getValue()));
            }
        });
        reducedMotion.selectedProperty().addListener((o, was, now) -> appearance.setReducedMotion(now));

        addEventHandler(DialogEvent.DIALOG_SHOWING, e -> {
            showCurrent();
            scrollIfTooTall();
            listen(appearance.themeProperty(), (o, was, now) -> showTheme(now));
            listen(appearance.scaleProperty(), (o, was, now) -> {
                showScale(now.intValue());
                Platform.runLater(this::fitToText);
            });
            listen(appearance.reducedMotionProperty(), (o, was, now) -> reducedMotion.setSelected(now));
        });
        addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
            unlisten.forEach(Runnable::run);
            unlisten.clear();
        });
        setOnShown(e -> Platform.runLater(() -> {
            if (themes.getSelectedToggle() instanceof RadioButton) {
                ((RadioButton) themes.getSelectedToggle()).requestFocus();
            }
        }));
    }

    private void showCurrent() {
        // While presenting, the projector colours are shown whatever the choice: say so rather than let a choice
        // seem to do nothing.
        overridden.setVisible(appearance.themeOverridden());
        themeChoices.setDisable(appearance.themeOverridden());
        showTheme(appearance.theme());
        showScale(appearance.scale());
        reducedMotion.setSelected(appearance.reducedMotion());
    }

    /** Grows or shrinks the dialog with its text, so nothing is cut off. */
    private void fitToText() {
        DialogPane pane = getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null) {
            return;
        }
        // The button bar fixes its buttons' widths the first time it lays them out; let them measure their text again.
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Region) {
                Region button = (Region) pane.lookupButton(type);
                button.setMinWidth(Region.USE_COMPUTED_SIZE);
                button.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
        }
        scrollIfTooTall();
        pane.requestLayout();
        pane.getScene().getWindow().sizeToScene();
    }

    private <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        unlisten.add(() -> value.removeListener(listener));
    }

    private void showTheme(Theme theme) {
        themes.getToggles().stream()
                .filter(t -> t.getUserData() == theme)
                .findFirst()
                .ifPresent(themes::selectToggle);
    }

    private void showScale(int percent) {
        scale.setValue(percent);
        scaleValue.setText(m.get("settings.text-size.value", percent));
    }

    /** The theme's name as the dialog shows it. */
    public static String themeName(Messages m, Theme theme) {
        switch (theme) {
            case DARK:
                return m.get("settings.theme.dark");
            case PROJECTOR:
                return m.get("settings.theme.projector");
            default:
                return m.get("settings.theme.light");
        }
    }
}
