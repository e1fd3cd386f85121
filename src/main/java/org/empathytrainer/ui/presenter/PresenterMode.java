package org.empathytrainer.ui.presenter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.empathytrainer.practice.VoteTally;
import org.empathytrainer.records.Settings;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.VotesStore;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.Screen;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;
import org.empathytrainer.ui.theme.Theme;

/**
 * Presenting the course to a room: full screen, the projector colours (not saved as the user's), answers hidden
 * until revealed, clicker keys, a black screen on demand, and a classroom session whose progress lives in memory
 * only, so nothing is written into any learner's records. The learner's own progress comes back on leaving.
 */
public final class PresenterMode {
    private static final System.Logger LOG = System.getLogger(PresenterMode.class.getName());
    /**
     * What the main window does for presenter mode.
     *
     * @param classroom leaves the current screen and goes home with the classroom's services ({@code true}), whose
     *                  progress lives in memory only, or with the learner's again
     * @param current   the screen the room sees, if any
     * @param notices   tells the trainer something in the main window's banner area
     */
    public record Host(Consumer<Boolean> classroom, Supplier<Optional<Screen>> current, Consumer<Notice> notices) {}

    /** The services that stay the same for every learner: messages, clock, appearance, the presentation. */
    private final AppContext services;

    private final Presentation presentation;
    private final Host host;
    private final Region blank = new Region();
    private final VotesStore votes;
    private PresenterConsole console;
    /** The room's own window, when presenting a lesson in it rather than in the main window. */
    private RoomView room;
    /** The trainer swapped the room's screen and the console's (S, or the console's button). */
    private boolean swapped;
    /** Where the main window was before presenting, to put it back there on leaving. */
    private Rectangle2D before;
    /** The learner's look before presenting: given back on leaving, whatever the trainer changed meanwhile. */
    private Settings settingsBefore;

    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        // The window manager (or a platform key) ended full screen: presenting without it would show the room a
        // window with the desktop around it, so leave presenter mode as Esc does.
        if (was && !now) {
            leave();
        }
    };

    /** {@code votes}: where the room's votes are saved. */
    public PresenterMode(AppContext services, VotesStore votes, Host host) {
        this.services = services;
        this.presentation = services.presentation();
        this.host = host;
        this.votes = votes;
        blank.setId("presenterBlank");
        blank.getStyleClass().add("presenter-blank");
        blank.setVisible(false);
    }

    /** The black overlay that blanks the screen; lay it over everything else in the window. */
    public Region blank() {
        return blank;
    }

    public boolean blanked() {
        return room != null ? room.blanked() : blank.isVisible();
    }

    /**
     * F5 enters presenter mode anywhere in the scene. While presenting: Esc leaves; Page Down, Right and Space move
     * on (Space only on a screen with Next); Page Up and Left move back; B and '.' blank the screen and bring it
     * back; R reveals the answers; N opens the presenter window; 1 to 9 tally the room's votes (Shift takes one
     * back); S swaps the room's screen and the presenter window's. The letter, arrow and space keys keep their usual
     * meaning in a text field; the clicker's page keys do not.
     */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.F5 && !e.isShiftDown()) {
                e.consume();
                enter(scene.getWindow());
                return;
            }
            // Shift+F5, not F6, which moves between a screen's panes.
            if (e.getCode() == KeyCode.F5 && !presentation.presenting()) {
                e.consume();
                presentRoom(new RoomDeck(services.messages(), services.course())
                        .slides(true, services.course().cases()));
                return;
            }
            if (!presentation.presenting()) {
                return;
            }
            boolean typing = e.getTarget() instanceof TextInputControl;
            Runnable action = typing ? null : vote(e.getCode(), e.isShiftDown());
            if (action == null) {
                action = action(e.getCode(), typing);
            }
            if (action != null) {
                e.consume();
                action.run();
            }
        });
    }

    private Runnable action(KeyCode code, boolean typing) {
        switch (code) {
            case ESCAPE:
                return this::leave;
            case PAGE_DOWN:
                return unlessBlank(this::next);
            case PAGE_UP:
                return unlessBlank(this::back);
            case SPACE:
                // On a screen without Next (home), Space still presses the focused button, so the class can start.
                return typing || !pages() ? null : unlessBlank(this::next);
            case RIGHT:
                return typing ? null : unlessBlank(this::next);
            case LEFT:
                return typing ? null : unlessBlank(this::back);
            case B:
            case PERIOD:
                return typing ? null : this::toggleBlank;
            case N:
                return typing ? null : this::showConsole;
            case S:
                return typing ? null : this::swapScreens;
            case R:
                return typing ? null : unlessBlank(this::reveal);
            default:
                return null;
        }
    }

    /** Number keys 1 to 9 (either row) add a vote to that option of the current choice; with Shift, take one back. */
    private Runnable vote(KeyCode code, boolean shift) {
        int number = digit(code);
        if (number < 1) {
            return null;
        }
        return () -> presentation.vote(number, shift ? -1 : 1);
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        if (code.isDigitKey() && !name.isEmpty()) {
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    private void toggleBlank() {
        if (room != null) {
            room.toggleBlank();
        } else {
            blank.setVisible(!blank.isVisible());
        }
        if (console != null) {
            console.setBlanked(blanked());
        }
    }

    /** Opens the presenter window (N): on the other screen when there is one, else as a window of its own. */
    public void showConsole() {
        if (!presentation.presenting()) {
            return;
        }
        if (console == null) {
            console = new PresenterConsole(
                    services,
                    new PresenterConsole.Controls() {
                        @Override
                        public void back() {
                            unlessBlank(PresenterMode.this::back).run();
                        }

                        @Override
                        public void next() {
                            unlessBlank(PresenterMode.this::next).run();
                        }

                        @Override
                        public void reveal() {
                            unlessBlank(PresenterMode.this::reveal).run();
                        }

                        @Override
                        public void blank() {
                            toggleBlank();
                        }

                        @Override
                        public void swap() {
                            swapScreens();
                        }

                        @Override
                        public void saveVotes() {
                            PresenterMode.this.saveVotes();
                        }

                        @Override
                        public void stop() {
                            leave();
                        }
                    },
                    this::installKeys);
        }
        console.setBlanked(blanked());
        ScreenPlan plan = plan();
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        // With one screen the console shares it with the room, over the full-screen window.
        int at = plan.console().orElse(plan.room());
        console.show(screens.get(at).getVisualBounds());
    }

    /** The room's screen and the console's, from the screens attached now. */
    private ScreenPlan plan() {
        List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
        List<Rectangle2D> bounds =
                screens.stream().map(javafx.stage.Screen::getBounds).collect(Collectors.toList());
        return ScreenPlan.choose(bounds, screens.indexOf(javafx.stage.Screen.getPrimary()), swapped);
    }

    /**
     * Exchanges the room's screen and the presenter window's, when there are two; the room's window is full screen
     * again on its new screen.
     */
    public void swapScreens() {
        if (!presentation.presenting() || javafx.stage.Screen.getScreens().size() < 2) {
            return;
        }
        swapped = !swapped;
        Window window = room != null ? null : window();
        if (room != null) {
            room.place(javafx.stage.Screen.getScreens().get(plan().room()).getBounds());
        }
        if (window instanceof Stage) {
            Stage stage = (Stage) window;
            stage.fullScreenProperty().removeListener(fullScreenLeft);
            stage.setFullScreen(false);
            fullScreenOn(stage);
        }
        if (console != null && console.showing()) {
            console.close();
            showConsole();
        }
    }

    /**
     * Puts {@code stage} on the room's screen, full screen. A window manager may refuse full screen (with none, X
     * ignores it): the window then covers the screen's bounds itself, which without a window manager also means
     * without a title bar.
     */
    private void fullScreenOn(Stage stage) {
        Rectangle2D room = javafx.stage.Screen.getScreens().get(plan().room()).getBounds();
        stage.setX(room.getMinX());
        stage.setY(room.getMinY());
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreenLeft);
        PauseTransition check = new PauseTransition(Duration.millis(600));
        check.setOnFinished(e -> {
            if (presentation.presenting() && !covers(stage, room)) {
                LOG.log(
                        System.Logger.Level.INFO,
                        "Full screen refused; the room''s window covers the screen {0} instead",
                        room);
                stage.fullScreenProperty().removeListener(fullScreenLeft);
                stage.setMaximized(true);
                stage.setX(room.getMinX());
                stage.setY(room.getMinY());
                stage.setWidth(room.getWidth());
                stage.setHeight(room.getHeight());
            }
        });
        check.play();
    }

    private static boolean covers(Stage stage, Rectangle2D screen) {
        return stage.getX() <= screen.getMinX() + 1
                && stage.getY() <= screen.getMinY() + 1
                && stage.getX() + stage.getWidth() >= screen.getMaxX() - 1
                && stage.getY() + stage.getHeight() >= screen.getMaxY() - 1;
    }

    private Window window() {
        return blank.getScene() == null ? null : blank.getScene().getWindow();
    }

    /**
     * Saves the votes so far into the data folder's classroom folder and says where; nothing to do without votes.
     */
    public void saveVotes() {
        VoteTally tally = presentation.tally();
        if (tally.isEmpty()) {
            return;
        }
        Messages m = services.messages();
        try {
            Path file = votes.save(tally);
            host.notices().accept(new Notice("votes", Notice.Kind.INFO, m.get("votes.saved", file)));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "The room's votes were not saved", e);
            host.notices().accept(new Notice("votes", Notice.Kind.ERROR, m.get("votes.not-saved", e.getMessage())));
        }
    }

    private void next() {
        if (room != null) {
            room.next();
        } else {
            host.current().get().ifPresent(Screen::next);
        }
    }

    private void back() {
        if (room != null) {
            room.back();
        } else {
            host.current().get().ifPresent(Screen::back);
        }
    }

    private void reveal() {
        if (room != null) {
            room.reveal();
        } else {
            presentation.reveal();
        }
    }

    /** Whether the screen the room sees has Next and Back. */
    private boolean pages() {
        return room != null || host.current().get().filter(Screen::pages).isPresent();
    }

    /** While the screen is black, the room should not see things change behind it. */
    private Runnable unlessBlank(Runnable action) {
        return () -> {
            if (!blanked()) {
                action.run();
            }
        };
    }

    /**
     * Presents {@code slides} in a window of the room's own, full screen on the room's screen (the projector when
     * there are two), with the presenter window on the other; the main window stays as it is, with the classroom's
     * services, so nothing is written into a learner's records.
     */
    public void presentRoom(List<RoomSlide> slides) {
        if (presentation.presenting()) {
            return;
        }
        settingsBefore = services.appearance().settings();
        presentation.start();
        host.classroom().accept(true);
        room = new RoomView(services.messages(), presentation, slides, new RoomView.Keys() {
            @Override
            public void leave() {
                PresenterMode.this.leave();
            }

            @Override
            public void console() {
                showConsole();
            }

            @Override
            public void swap() {
                swapScreens();
            }
        });
        room.setScale(services.appearance().scale() / 100.0);
        ScreenPlan plan = plan();
        room.show(javafx.stage.Screen.getScreens().get(plan.room()).getBounds());
        if (plan.console().isPresent()) {
            showConsole();
        }
    }

    /** The room's own window, while a lesson is presented in it. */
    public Optional<Stage> roomWindow() {
        return Optional.ofNullable(room).map(RoomView::stage);
    }

    /** Enters presenter mode on {@code window} (made full screen when it is a stage); does nothing when presenting. */
    public void enter(Window window) {
        if (presentation.presenting()) {
            return;
        }
        settingsBefore = services.appearance().settings();
        services.appearance().overrideTheme(Optional.of(Theme.PROJECTOR));
        presentation.start();
        if (window instanceof Stage) {
            Stage stage = (Stage) window;
            before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            stage.setFullScreenExitHint(services.messages().get("present.exit-hint"));
            // Esc is ours: it leaves presenter mode, not only full screen.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            fullScreenOn(stage);
        }
        if (plan().console().isPresent()) {
            showConsole();
        }
        host.classroom().accept(true);
    }

    /**
     * Leaves presenter mode: the learner's theme, window and progress come back; the classroom's progress is dropped
     * and its votes saved.
     */
    public void leave() {
        if (!presentation.presenting()) {
            return;
        }
        blank.setVisible(false);
        boolean inRoom = room != null;
        if (inRoom) {
            room.close();
            room = null;
        }
        if (console != null) {
            console.close();
            // A new lesson gets a new console, whose clock starts again.
            console = null;
        }
        swapped = false;
        saveVotes();
        // While still presenting, so that the learner's own settings are not saved again (see App).
        services.appearance().update(settingsBefore);
        // Stopped first, so that the screen the learner comes back to is theirs (or the chooser, with nobody).
        presentation.stop();
        host.classroom().accept(false);
        services.appearance().overrideTheme(Optional.empty());
        Window window = window();
        if (!inRoom && window instanceof Stage) {
            Stage stage = (Stage) window;
            stage.fullScreenProperty().removeListener(fullScreenLeft);
            stage.setFullScreen(false);
            stage.setMaximized(false);
            if (before != null) {
                stage.setX(before.getMinX());
                stage.setY(before.getMinY());
                stage.setWidth(before.getWidth());
                stage.setHeight(before.getHeight());
                before = null;
            }
        }
    }
}
