package org.empathytrainer.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every slide of the whole course, question and answers, page by page, on a 1280x720 screen at every text size:
 * nothing needs a scroll bar, no label is cut short or pushed past the window's edge, and body text is at least a
 * thirtieth of the screen's height. Snapshots of each kind of slide go to target/screenshots.
 *
 * <p>Only 1280x720, the smallest screen the room view is meant for: under Monocle a window resized within a test does
 * not pass its new size to its scene before the walk, so other sizes here would silently test this one again.
 */
@ExtendWith(ApplicationExtension.class)
class RoomViewFitTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));
    private static final List<Rectangle2D> SCREENS = List.of(new Rectangle2D(0, 0, 1280, 720));

    private final Messages m = new Messages(Locale.ENGLISH);
    private final Presentation presentation = new Presentation();
    private RoomView room;

    @Start
    void start(Stage ignored) {
        presentation.start();
        List<RoomSlide> slides = new RoomDeck(m, COURSE).slides(true, COURSE.cases());
        room = new RoomView(m, presentation, slides, new RoomView.Keys() {
            @Override
            public void leave() {}

            @Override
            public void console() {}

            @Override
            public void swap() {}
        });
    }

    @Test
    void everySlideFitsASmallScreenAtEveryTextSize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int[] pagesSeen = new int[1];
        robot.interact(() -> {
            for (Rectangle2D screen : SCREENS) {
                if (!room.stage().isShowing()) {
                    room.open(screen, false);
                } else {
                    room.place(screen);
                }
                for (int percent : Settings.SCALES) {
                    room.setScale(percent / 100.0);
                    for (int i = 0; i < room.slideCount(); i++) {
                        room.goTo(i);
                        walk(screen, percent, problems, pagesSeen);
                    }
                }
            }
        });

        assertThat(problems).isEmpty();
        // Each slide at least once per screen and size, its answers too: the walk really went through the course.
        assertThat(pagesSeen[0]).isGreaterThan(SCREENS.size() * Settings.SCALES.size() * room.slideCount());
    }

    @Test
    void snapshotsOfEveryKindOfSlide(FxRobot robot) {
        Set<RoomSlide.Kind> seen = EnumSet.noneOf(RoomSlide.Kind.class);
        robot.interact(() -> {
            for (Rectangle2D screen : SCREENS) {
                if (!room.stage().isShowing()) {
                    room.open(screen, false);
                } else {
                    room.place(screen);
                }
                room.setScale(1);
                seen.clear();
                String size = (int) screen.getWidth() + "x" + (int) screen.getHeight();
                for (int i = 0; i < room.slideCount(); i++) {
                    room.goTo(i);
                    RoomSlide slide = room.current();
                    if (!seen.add(slide.kind())) {
                        continue;
                    }
                    String name = "room-" + size + "-" + slide.kind().name().toLowerCase(Locale.ROOT);
                    if (slide.ballot().isPresent()) {
                        presentation.vote(1, 1);
                        presentation.vote(2, 1);
                        presentation.vote(2, 1);
                    }
                    Screenshots.save(room.stage().getScene(), name);
                    if (slide.revealable()) {
                        room.reveal();
                        Screenshots.save(room.stage().getScene(), name + "-revealed");
                    }
                }
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(RoomSlide.Kind.values());
        assertThat(Screenshots.FOLDER.resolve("room-1280x720-question-revealed.png"))
                .exists();
    }

    /** Every page of the current slide, then every page of its answers. */
    private void walk(Rectangle2D screen, int percent, List<String> problems, int[] pagesSeen) {
        String where = (int) screen.getWidth() + "x" + (int) screen.getHeight() + " at " + percent + " %, "
                + room.current().id();
        int guard = 0;
        String slideId = room.current().id();
        while (guard++ < 150) {
            pagesSeen[0]++;
            check(where + (presentation.revealed() ? " revealed" : "") + " page " + (room.page() + 1), problems);
            int page = room.page();
            boolean revealed = presentation.revealed();
            room.next();
            boolean moved = room.page() != page || presentation.revealed() != revealed;
            if (!room.current().id().equals(slideId) || !moved) {
                return;
            }
        }
        problems.add(where + ": more than 150 pages");
    }

    private void check(String where, List<String> problems) {
        Parent root = room.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
        double height = root.getScene().getHeight();
        double width = root.getScene().getWidth();
        Node content = root.lookup("#roomContent");
        Bounds box = content.localToScene(content.getBoundsInLocal());
        Parent parent = (Parent) content;
        for (Node child : parent.getChildrenUnmodifiable()) {
            Bounds b = child.localToScene(child.getBoundsInLocal());
            if (b.getMaxY() > height + 1) {
                problems.add(
                        where + ": content runs below the screen (" + (int) b.getMaxY() + " > " + (int) height + ")");
                break;
            }
        }
        if (box.getMaxX() > width + 1) {
            problems.add(where + ": content wider than the screen");
        }
        if (root.lookup(".scroll-bar") instanceof ScrollBar || root.lookup(".scroll-pane") instanceof ScrollPane) {
            problems.add(where + ": a scroll bar");
        }
        collect(root, where, problems, width);
        double font = ((Labeled) root.lookup("#roomTitle")).getFont().getSize();
        if (font < height / 30) {
            problems.add(where + ": title font " + font + " below a thirtieth of " + height);
        }
    }

    private static void collect(Node node, String where, List<String> problems, double width) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled) {
            Labeled labeled = (Labeled) node;
            String full = labeled.getText();
            Bounds b = labeled.localToScene(labeled.getBoundsInLocal());
            if (full != null && !full.isEmpty() && b.getMaxX() > width + 1) {
                problems.add(where + ": \"" + full + "\" reaches past the window's edge");
            }
            if (labeled.getFont().getSize() < labeled.getScene().getHeight() / 30 * 0.79) {
                problems.add(
                        where + ": \"" + full + "\" set at " + labeled.getFont().getSize() + " px");
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text
                        && full != null
                        && !((Text) child).getText().equals(full)) {
                    problems.add(where + ": \"" + full + "\" shown as \"" + ((Text) child).getText() + "\"");
                }
            }
        }
        if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(c -> collect(c, where, problems, width));
        }
    }
}
