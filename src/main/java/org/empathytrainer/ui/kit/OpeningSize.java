package org.empathytrainer.ui.kit;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Gives a new window the size it asked for. Some window managers (openbox, seen here) map a JavaFX window at about
 * 200 by 200 pixels whatever its scene asks, and JavaFX then keeps that; asking again once the window is on screen
 * is honoured.
 */
public final class OpeningSize {
    private OpeningSize() {}

    /**
     * After {@code stage}'s first frame, sizes it to {@code width} by {@code height} (no more than its screen) if it
     * came out smaller; call before showing it, with its scene set. A stage its caller has sized is left as it is.
     */
    public static void keep(Stage stage, double width, double height) {
        if (!Double.isNaN(stage.getWidth()) || !Double.isNaN(stage.getHeight())) {
            return;
        }
        FirstFrame.then(stage.getScene(), () -> {
            Rectangle2D screen = Screen.getScreensForRectangle(
                            stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()))
                    .stream()
                    .findFirst()
                    .orElse(Screen.getPrimary())
                    .getVisualBounds();
            double w = Math.min(width, screen.getWidth());
            double h = Math.min(height, screen.getHeight());
            if (!stage.isFullScreen() && !stage.isMaximized() && (stage.getWidth() < w || stage.getHeight() < h)) {
                // The first control took the focus in the small window, whose scroll panes scrolled to show it:
                // once the window has its size, they scroll back as far as still shows it.
                Scene scene = stage.getScene();
                scene.heightProperty().addListener(new InvalidationListener() {
                    @Override
                    public void invalidated(Observable o) {
                        scene.heightProperty().removeListener(this);
                        Platform.runLater(() -> {
                            if (scene.getFocusOwner() != null) {
                                FocusScroll.revealFromTop(scene.getFocusOwner());
                            }
                        });
                    }
                });
                stage.setWidth(Math.max(w, stage.getWidth()));
                stage.setHeight(Math.max(h, stage.getHeight()));
                stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
                stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
            }
        });
    }
}
