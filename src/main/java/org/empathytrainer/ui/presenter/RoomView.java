package org.empathytrainer.ui.presenter;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.Messages;

/**
 * The room's window: no app chrome, type sized to its screen ({@link RoomSlideLayout}), one slide at a time, split
 * into pages that Page Down steps through rather than a scroll bar.
 * Page Down at the end of a slide reveals its answers first, then moves on, so a clicker alone runs the lesson.
 */
final class RoomView {
    /** What the room's keys do beyond the slides. */
    interface Keys {
        void leave();

        void console();

        void swap();
    }

    private static final String CSS = "/org/empathytrainer/css/";

    private final Messages m;
    private final Presentation presentation;
    private final List<RoomSlide> slides;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final RoomSlideLayout layout;
    /** Lays the slide out afresh when the window's size or the tally changes. */
    private final InvalidationListener rerender;

    private final RoomKeyMap keyMap;
    private int slide;
    private int page;

    RoomView(Messages m, Presentation presentation, List<RoomSlide> slides, Keys keys) {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs at least one slide");
        }
        this.m = m;
        this.presentation = presentation;
        this.slides = List.copyOf(slides);
        this.layout = new RoomSlideLayout(m, presentation);
        this.rerender = o -> {
            layout.invalidate();
            render();
        };
        keyMap = new RoomKeyMap(this, presentation, keys);
        Scene scene = scene(1280, 720);
        stage.setScene(scene);
        stage.setTitle(m.get("room.window-title"));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        presentation.tallyProperty().addListener(rerender);
    }

    /** A scene of {@code width} by {@code height} holding the room's view, with its styles and keys. */
    private Scene scene(double width, double height) {
        Scene scene = new Scene(layout.root(), width, height);
        scene.getStylesheets().setAll(CSS + "projector.css", CSS + "base.css", CSS + "room-view.css");
        scene.getStylesheets().replaceAll(s -> RoomView.class.getResource(s).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = keyMap.action(e);
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        scene.heightProperty().addListener(rerender);
        scene.widthProperty().addListener(rerender);
        return scene;
    }

    /**
     * Moves the view out of its window into a scene of its own, {@code width} by {@code height}, and lays it out for
     * that size: a check of how slides fit a screen of that size, as a headless toolkit does not pass a window's new
     * size on to its scene. The window is left empty; call before it is shown.
     */
    Scene sceneAt(double width, double height) {
        Scene old = layout.root().getScene();
        if (old != null) {
            old.setRoot(new StackPane());
        }
        Scene scene = scene(width, height);
        render();
        return scene;
    }

    /** Where the current slide is in the lesson's agenda, for the presenter; empty for a slide in no part. */
    String agenda() {
        RoomSlide s = current();
        if (s.part().isEmpty()) {
            return "";
        }
        int first = slide;
        while (first > 0 && slides.get(first - 1).part().equals(s.part())) {
            first--;
        }
        int count = (int) slides.stream().filter(x -> x.part().equals(s.part())).count();
        return m.get("room.agenda", s.part(), slide - first + 1, count);
    }

    /** Opens the room's window covering {@code screen}, full screen, at the first slide. */
    void show(Rectangle2D screen) {
        open(screen, true);
    }

    /** Opens the window over {@code screen}, full screen or not (a test sizes it as a screen would be). */
    void open(Rectangle2D screen, boolean fullScreen) {
        place(screen);
        go(0, false);
        stage.show();
        stage.setFullScreen(fullScreen);
        render();
    }

    /** Goes straight to slide {@code index}, its answers hidden. */
    void goTo(int index) {
        go(index, false);
    }

    int slideCount() {
        return slides.size();
    }

    /** Moves the window to {@code screen}, covering it (full screen again if it was). */
    void place(Rectangle2D screen) {
        ScreenPlacement.cover(stage, screen);
    }

    void close() {
        presentation.tallyProperty().removeListener(rerender);
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    boolean blanked() {
        return layout.blanked();
    }

    void toggleBlank() {
        layout.toggleBlank();
    }

    /** The text size, as a factor (1 for 100 %), on top of the size from the window's height. */
    void setScale(double factor) {
        layout.setScale(factor);
        render();
    }

    RoomSlide current() {
        return slides.get(slide);
    }

    int page() {
        return page;
    }

    int pageCount() {
        return layout.pageCount();
    }

    /** The next page, or the answers at the end of a slide that has some, or the next slide. */
    void next() {
        if (page < layout.pageCount() - 1) {
            page++;
            render();
        } else if (current().revealable() && !presentation.revealed()) {
            reveal();
        } else if (slide < slides.size() - 1) {
            go(slide + 1, false);
        }
    }

    /** The page before; before the first page of the answers, the question again; then the slide before. */
    void back() {
        if (page > 0) {
            page--;
            render();
        } else if (presentation.revealed()) {
            go(slide, false);
            page = Math.max(0, layout.pageCount() - 1);
            render();
        } else if (slide > 0) {
            go(slide - 1, false);
            page = Math.max(0, layout.pageCount() - 1);
            render();
        }
    }

    void reveal() {
        if (current().revealable() && !presentation.revealed()) {
            presentation.reveal();
            page = 0;
            render();
        }
    }

    private void go(int index, boolean revealed) {
        slide = index;
        page = 0;
        RoomSlide s = current();
        presentation.turnPage();
        s.ballot().ifPresent(presentation.ballotProperty()::set);
        if (revealed) {
            presentation.reveal();
        }
        String next = index + 1 < slides.size() ? headline(slides.get(index + 1)) : "";
        presentation.cueProperty().set(new Cue(headline(s), next, s.notes()));
        render();
    }

    private String headline(RoomSlide s) {
        return m.get("room.headline", slides.indexOf(s) + 1, slides.size(), s.eyebrow(), s.title());
    }

    /** Lays out the current slide's pages for the window's size, and shows the current page. */
    void render() {
        page = layout.render(current(), slide, presentation.revealed(), page);
    }
}
