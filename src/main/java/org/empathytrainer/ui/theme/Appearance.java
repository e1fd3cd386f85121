package org.empathytrainer.ui.theme;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.empathytrainer.records.Settings;

/**
 * The look of every window: owns the current {@link Settings}, styles the scenes registered with it (theme and text
 * size) and restyles them all when the settings change. Saving is not its job: listen to {@link #settingsProperty()}.
 * Use on the JavaFX thread.
 */
public final class Appearance {
    private static final String KEYS_INSTALLED = Appearance.class.getName() + ".keys";

    private static final List<KeyCombination> LARGER =
            List.of(shortcut(KeyCode.PLUS), shortcut(KeyCode.EQUALS), shortcut(KeyCode.ADD));
    private static final List<KeyCombination> SMALLER = List.of(shortcut(KeyCode.MINUS), shortcut(KeyCode.SUBTRACT));
    private static final List<KeyCombination> NORMAL = List.of(shortcut(KeyCode.DIGIT0), shortcut(KeyCode.NUMPAD0));

    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyIntegerWrapper scale = new ReadOnlyIntegerWrapper(this, "scale");
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion");
    /** Each styled scene, with the listener that sets the text size on a new root. */
    private final Map<Scene, ChangeListener<Parent>> scenes = new IdentityHashMap<>();
    /** A theme shown instead of the user's for a while, as while presenting; never saved. */
    private Optional<Theme> override = Optional.empty();

    public Appearance(Settings initial) {
        settings = new ReadOnlyObjectWrapper<>(this, "settings", Objects.requireNonNull(initial));
        publish(initial);
        settings.addListener((o, was, now) -> {
            scenes.keySet().forEach(this::style);
            publish(now);
        });
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** The text size in percent, one of {@link FontScale#STEPS}. */
    public ReadOnlyIntegerProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Whether to leave out animations and transitions: a transition should jump to its end when this is true. */
    public ReadOnlyBooleanProperty reducedMotionProperty() {
        return reducedMotion.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings.get();
    }

    public Theme theme() {
        return theme.get();
    }

    public int scale() {
        return scale.get();
    }

    public boolean reducedMotion() {
        return reducedMotion.get();
    }

    /** Applies new settings to every registered scene; the same settings again change nothing. */
    public void update(Settings newSettings) {
        settings.set(Objects.requireNonNull(newSettings));
    }

    public void setTheme(Theme newTheme) {
        update(settings().withTheme(newTheme.id()));
    }

    /** Sets the text size to the supported size nearest to {@code percent}. */
    public void setScale(int percent) {
        update(settings().withScalePercent(FontScale.nearest(percent)));
    }

    public void setReducedMotion(boolean reduce) {
        update(settings().withReducedMotion(reduce));
    }

    public void scaleUp() {
        setScale(FontScale.up(scale()));
    }

    public void scaleDown() {
        setScale(FontScale.down(scale()));
    }

    public void resetScale() {
        setScale(FontScale.reset());
    }

    /**
     * Shows {@code theme} in every registered scene instead of the user's theme, until called again with
     * {@link Optional#empty()}. The settings (and so the saved file and {@link #themeProperty()}) do not change.
     */
    public void overrideTheme(Optional<Theme> theme) {
        override = Objects.requireNonNull(theme);
        scenes.keySet().forEach(this::style);
    }

    /** Whether a theme is shown in place of the user's, as presenter mode does. */
    public boolean themeOverridden() {
        return override.isPresent();
    }

    /** The theme the scenes show: the override while there is one, else the user's. */
    public Theme shownTheme() {
        return override.orElseGet(this::theme);
    }

    /** Styles {@code scene} now and at every change, until {@link #unregister}; registering twice is harmless. */
    public void register(Scene scene) {
        if (scenes.containsKey(scene)) {
            return;
        }
        ChangeListener<Parent> onNewRoot =
                (o, was, now) -> FontScale.apply(scene, settings().scalePercent());
        scene.rootProperty().addListener(onNewRoot);
        scenes.put(scene, onNewRoot);
        style(scene);
    }

    /** Stops styling {@code scene}, for instance when its window closes for good. It keeps its current look. */
    public void unregister(Scene scene) {
        ChangeListener<Parent> onNewRoot = scenes.remove(scene);
        if (onNewRoot != null) {
            scene.rootProperty().removeListener(onNewRoot);
        }
    }

    /**
     * Styles a dialog (or alert) while it shows: its pane joins a scene when the dialog opens and leaves it when the
     * dialog is hidden, and the scene is registered and unregistered with it. Call before showing the dialog.
     */
    public void register(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() != null) {
            register(pane.getScene());
        }
        pane.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                unregister(was);
            }
            if (now != null) {
                register(now);
            }
        });
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
            if (pane.getScene() != null) {
                unregister(pane.getScene());
            }
        });
    }

    /** The scenes styled now. */
    public List<Scene> scenes() {
        return List.copyOf(new ArrayList<>(scenes.keySet()));
    }

    /**
     * Makes Ctrl+Plus (also Ctrl+= and the keypad's +) enlarge the text, Ctrl+Minus shrink it and Ctrl+0 set it back
     * to normal, wherever the focus is in {@code scene} (Cmd on a Mac). Installing twice is harmless.
     */
    public void installKeys(Scene scene) {
        if (scene.getProperties().putIfAbsent(KEYS_INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (LARGER.stream().anyMatch(k -> k.match(e))) {
                e.consume();
                scaleUp();
            } else if (SMALLER.stream().anyMatch(k -> k.match(e))) {
                e.consume();
                scaleDown();
            } else if (NORMAL.stream().anyMatch(k -> k.match(e))) {
                e.consume();
                resetScale();
            }
        });
    }

    private void style(Scene scene) {
        Themes.apply(
                scene, override.orElseGet(() -> Theme.byId(settings().theme()).orElse(Theme.LIGHT)));
        FontScale.apply(scene, settings().scalePercent());
    }

    private void publish(Settings s) {
        theme.set(Theme.byId(s.theme()).orElse(Theme.LIGHT));
        scale.set(s.scalePercent());
        reducedMotion.set(s.reducedMotion());
    }

    /** Shift is ignored: on many keyboards + is Shift+=. */
    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }
}
