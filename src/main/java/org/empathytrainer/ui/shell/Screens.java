package org.empathytrainer.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.home.HomeView;
import org.empathytrainer.ui.kit.FirstFrame;
import org.empathytrainer.ui.kit.Keys;
import org.empathytrainer.ui.wizard.WizardView;

/**
 * Where screens show in the main window, one at a time, and which control has the focus when one opens. Screens are
 * built each time they are shown, except the home screen and the case wizard's frame, which stay, hidden while
 * another screen shows, for as long as the screens get the same services (the same learner, or the classroom).
 */
final class Screens {
    private final StackPane pane = new StackPane();
    /** Holds the focus while screens change. */
    private final Node focusHolder;

    /** The home screen, built the first time it is shown with the services of the time. */
    private HomeView home;
    /** The wizard cases open in, built the first time one is opened with the services of the time. */
    private WizardView wizard;

    private Screen current;

    Screens(Node focusHolder) {
        this.focusHolder = focusHolder;
    }

    Node node() {
        return pane;
    }

    Optional<Screen> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Next and Back from the keyboard go to the screen shown; on the scene rather than each screen, so the keys work
     * even while the focus is on its way to a new screen.
     */
    void bindPaging(Scene scene) {
        Keys.bindPaging(
                scene,
                () -> current != null && current.pages(),
                () -> current().ifPresent(Screen::next),
                () -> current().ifPresent(Screen::back));
    }

    /** The home screen kept in the window, as built for {@code ctx}'s services. */
    HomeView home(AppContext ctx, Navigator navigator) {
        if (home == null) {
            home = new HomeView(ctx, navigator);
        }
        return home;
    }

    /** The wizard kept in the window, as built for {@code ctx}'s services. */
    WizardView wizard(AppContext ctx, Navigator navigator) {
        if (wizard == null) {
            wizard = new WizardView(ctx, navigator);
        }
        return wizard;
    }

    /** The screen shown is left: its drafts are saved. Nothing shows until the next {@link #show}. */
    void leave() {
        if (current != null) {
            current.leave();
        }
        current = null;
    }

    /**
     * Shows the screen {@code next} builds, in place of the one before. It is built after the page turns, so its own
     * choice to vote on is not cleared with the old one's; kept screens built with other services than {@code ctx}'s go
     * first, so nothing of an earlier learner (or of the classroom) stays in the window.
     */
    void show(AppContext ctx, Supplier<Screen> next) {
        leave();
        ctx.presentation().turnPage();
        if (home != null && home.context() != ctx) {
            home = null;
        }
        if (wizard != null && wizard.context() != ctx) {
            wizard = null;
        }
        Screen screen = next.get();
        current = screen;
        // Taking the focus owner out of the scene makes JavaFX hand the focus to "the next" control at a later pulse,
        // which can come after the new screen has taken it; the window holds it while the screens change.
        focusHolder.requestFocus();
        showOnly(screen.node());
        Platform.runLater(() -> focusFirst(ctx, screen, 3));
    }

    /** The home screen and the wizard are hidden rather than taken out: a node put back is styled all over again. */
    private void showOnly(Node shown) {
        List<Node> kept = new ArrayList<>(2);
        if (wizard != null) {
            kept.add(wizard.node());
        }
        if (home != null) {
            kept.add(home.node());
        }
        pane.getChildren().removeIf(n -> n != shown && !kept.contains(n));
        if (shown.getParent() != pane) {
            pane.getChildren().add(shown);
        }
        for (Node n : kept) {
            n.setVisible(n == shown);
            n.setManaged(n == shown);
        }
    }

    /**
     * Gives {@code screen}'s first control the focus, unless another screen has come since. A control inside a scroll
     * pane joins the scene only when the pane's skin is made, at the next pulse, and cannot take the focus before:
     * then it is asked again after that pulse, a few times at most.
     */
    private void focusFirst(AppContext ctx, Screen screen, int tries) {
        if (current != screen) {
            return;
        }
        Node wanted = screen.initialFocus();
        if (wanted.getScene() == null && tries > 0 && pane.getScene() != null) {
            FirstFrame.then(pane.getScene(), () -> focusFirst(ctx, screen, tries - 1));
            return;
        }
        ctx.presentation().focus(wanted, screen.node());
    }
}
