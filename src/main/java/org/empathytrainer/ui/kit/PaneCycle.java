package org.empathytrainer.ui.kit;

import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F6 moves the focus to the next pane of a screen, Shift+F6 to the one before, as in most desktop applications: a
 * screen split in panes is then crossed in a key or two, however many controls each pane holds. A pane that has
 * nothing to take the focus at the moment (a footer whose buttons are all disabled) is passed over.
 */
public final class PaneCycle {
    /**
     * One pane: the focus is in it when the focus owner is {@code area} or inside it; reaching it gives the focus to
     * the node {@code entry} supplies, or passes it over when that is null.
     */
    public record Pane(Node area, Supplier<Node> entry) {}

    private PaneCycle() {}

    /** Binds F6 and Shift+F6 in the scene of {@code screen} while it is shown, to move between {@code panes}. */
    public static void install(Node screen, List<Pane> panes) {
        EventHandler<KeyEvent> keys = e -> {
            if (e.getCode() != KeyCode.F6 || e.isShortcutDown() || e.isAltDown() || !shown(screen)) {
                return;
            }
            e.consume();
            move(screen, panes, e.isShiftDown() ? -1 : 1);
        };
        screen.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private static void move(Node screen, List<Pane> panes, int step) {
        Node focused = screen.getScene().getFocusOwner();
        int current = -1;
        for (int i = 0; i < panes.size() && current < 0; i++) {
            if (focused != null && isInside(focused, panes.get(i).area())) {
                current = i;
            }
        }
        int n = panes.size();
        int from = current < 0 ? (step > 0 ? -1 : n) : current;
        for (int k = 1; k <= n; k++) {
            Node target = panes.get(Math.floorMod(from + k * step, n)).entry().get();
            if (target != null && shown(target) && !target.isDisabled()) {
                target.requestFocus();
                return;
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
