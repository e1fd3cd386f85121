package org.empathytrainer.ui.skin;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * The skin of every scroll pane in the app, text areas' included (the style sheet names it with {@code -fx-skin}):
 * JavaFX's own, except that the viewport does not keep a picture of its content.
 *
 * <p>JavaFX's skin caches the viewport as a bitmap, taken from a pool of off-screen images. The bitmap goes back to
 * the pool when the cache is redrawn or turned off, never when the scroll pane is dropped: every screen the app builds
 * and leaves (each case's wizard, each home screen, each text area) would leave its window-sized images checked out of
 * the pool, which keeps them through soft references until memory runs short. Drawing in software, as on a computer
 * without a usable graphics card, they are Java arrays: opening a case about 15 times a second for a minute took the
 * heap to 1.5 GB with the cache and to 370 MB without it. The screens here hold text, which draws quickly without it.
 */
public final class UncachedScrollPaneSkin extends ScrollPaneSkin {
    public UncachedScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
