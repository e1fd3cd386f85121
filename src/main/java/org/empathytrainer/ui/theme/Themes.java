package org.empathytrainer.ui.theme;

import java.util.Objects;
import javafx.scene.Scene;

/** Applies a theme to a scene: its palette sheet first, then the base sheet that uses the palette's tokens. */
public final class Themes {
    private static final String CSS = "/org/empathytrainer/css/";

    private Themes() {}

    public static void apply(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(url(theme.palette()), url("base.css"));
    }

    private static String url(String sheet) {
        return Objects.requireNonNull(Themes.class.getResource(CSS + sheet), sheet)
                .toExternalForm();
    }
}
