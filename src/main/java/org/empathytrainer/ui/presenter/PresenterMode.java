package org.empathytrainer.ui.presenter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.practice.VoteTally;
import org.empathytrainer.records.LessonStore;
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
 * only, so nothing is written into any learner's records. The learner's own progress comes back on leaving. This
 * class enters and leaves and wires the parts together; the keys live in {@link PresenterKeys}, the console's buttons
 * in {@link ConsoleControls}, where the windows go in {@link ScreenPlacement}.
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
    private final LessonStart lessons;
    private PresenterConsole console;
    private final PresenterKeys keys;
    private final ScreenPlacement placement;
    /** The room's own window, when presenting a lesson in it rather than in the main window. */
    private RoomView room;
    /** The learner's look before presenting: given back on leaving, whatever the trainer changed meanwhile. */
    private Settings settingsBefore;

    /** {@code votes}: where the room's votes are saved; {@code lessons}: where planned lessons are kept. */
    public PresenterMode(AppContext services, VotesStore votes, LessonStore lessons, Host host) {
        this.services = services;
        this.lessons = new LessonStart(services, lessons, host.notices(), this::presentRoom);
        this.presentation = services.presentation();
        this.host = host;
        this.votes = votes;
        this.keys = new PresenterKeys(this, services);
        this.placement = new ScreenPlacement(presentation, this::leave);
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

    /** F5 enters presenter mode anywhere in the scene; while presenting, the keys {@link PresenterKeys} lists. */
    public void installKeys(Scene scene) {
        keys.install(scene);
    }

    void toggleBlank() {
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
                    services, new ConsoleControls(this), this::installKeys, () -> room == null ? "" : room.agenda());
        }
        console.setBlanked(blanked());
        console.show(placement.consoleBounds());
    }

    /**
     * Exchanges the room's screen and the presenter window's, when there are two; the room's window is full screen
     * again on its new screen.
     */
    public void swapScreens() {
        if (!presentation.presenting() || !placement.canSwap()) {
            return;
        }
        placement.swap();
        Window window = room != null ? null : window();
        if (room != null) {
            room.place(placement.roomBounds());
        }
        if (window instanceof Stage) {
            placement.fullScreenAgain((Stage) window);
        }
        if (console != null && console.showing()) {
            console.close();
            showConsole();
        }
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

    void next() {
        if (room != null) {
            room.next();
        } else {
            host.current().get().ifPresent(Screen::next);
        }
    }

    void back() {
        if (room != null) {
            room.back();
        } else {
            host.current().get().ifPresent(Screen::back);
        }
    }

    void reveal() {
        if (room != null) {
            room.reveal();
        } else {
            presentation.reveal();
        }
    }

    /** Whether the screen the room sees has Next and Back. */
    boolean pages() {
        return room != null || host.current().get().filter(Screen::pages).isPresent();
    }

    /** While the screen is black, the room should not see things change behind it. */
    Runnable unlessBlank(Runnable action) {
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
        room.show(placement.roomBounds());
        if (placement.plan().console().isPresent()) {
            showConsole();
        }
    }

    /** Opens the dialog that plans a lesson (Ctrl+F5), whose Start presents it in the room view. */
    public void planLesson() {
        if (!presentation.presenting()) {
            lessons.plan(window());
        }
    }

    /**
     * Presents the saved lesson called {@code name} in the room view; an unknown name or a broken file is said in a
     * banner (with the lessons there are), and nothing is presented.
     */
    public void presentLesson(String name) {
        if (!presentation.presenting()) {
            lessons.present(name);
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
            placement.enterFullScreen((Stage) window, services.messages().get("present.exit-hint"));
        }
        if (placement.plan().console().isPresent()) {
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
        placement.unswap();
        saveVotes();
        // While still presenting, so that the learner's own settings are not saved again (see App).
        services.appearance().update(settingsBefore);
        // Stopped first, so that the screen the learner comes back to is theirs (or the chooser, with nobody).
        presentation.stop();
        host.classroom().accept(false);
        services.appearance().overrideTheme(Optional.empty());
        Window window = window();
        if (!inRoom && window instanceof Stage) {
            placement.restore((Stage) window);
        }
    }
}
