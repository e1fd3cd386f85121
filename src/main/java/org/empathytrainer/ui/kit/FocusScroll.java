package org.empathytrainer.ui.kit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps what the keyboard works on in sight: the focused control is scrolled into view in every scroll pane around
 * it, as Tab and the arrow keys move, and a screen can bring a node into view when it appears (feedback after a
 * check). Scrolls only as far as needed: a node already in view stays where it is.
 */
public final class FocusScroll {
    /** Room left above and below the node, so that its focus ring shows too. */
    private static final double MARGIN = 12;

    private FocusScroll() {}

    /** From now on the scene's focused node is scrolled into view whenever the focus moves. */
    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null) {
                // After what the new focus sets off (a focus ring, a selected option's feedback), and after the scroll
                // pane's own scrolling on Tab, which does not always show the whole node.
                Platform.runLater(() -> {
                    if (scene.getFocusOwner() == now) {
                        revealNow(now, false);
                    }
                });
            }
        });
    }

    /** Scrolls {@code node} into view once the scene has laid it out, as when it has just been added. */
    public static void revealLater(Node node) {
        Platform.runLater(() -> revealNow(node, false));
    }

    /** Lays the scene out first: what changed with the focus (a footer's message, say) may change the view's height. */
    private static void revealNow(Node node, boolean fromTop) {
        if (node.getScene() != null) {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
            reveal(node, fromTop);
        }
    }

    /** Scrolls every scroll pane around {@code node}, innermost first, so that the node shows. */
    public static void reveal(Node node) {
        reveal(node, false);
    }

    /**
     * Scrolls every scroll pane around {@code node} as little from its top as shows the node: back to the top when it
     * shows from there. For a window that has just grown to its size: a reveal made while it was smaller scrolled
     * further than it now needs.
     */
    public static void revealFromTop(Node node) {
        revealNow(node, true);
    }

    private static void reveal(Node node, boolean fromTop) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                reveal((ScrollPane) p, node, fromTop);
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node, boolean fromTop) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) {
            // A control's own scroll pane (a text area's) has the node in its skin, not in its content.
            return;
        }
        Bounds target = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extent = content.getLayoutBounds().getHeight();
        double range = extent - viewport;
        if (target == null || range <= 0 || viewport <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * range;
        double wanted = fromTop ? 0 : top;
        if (target.getMaxY() + MARGIN > wanted + viewport) {
            wanted = target.getMaxY() + MARGIN - viewport;
        }
        // A node taller than the view shows from its top.
        if (target.getMinY() - MARGIN < wanted) {
            wanted = target.getMinY() - MARGIN;
        }
        wanted = Math.max(0, Math.min(range, wanted));
        if (wanted != top) {
            scroll.setVvalue(scroll.getVmin() + wanted / range * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
