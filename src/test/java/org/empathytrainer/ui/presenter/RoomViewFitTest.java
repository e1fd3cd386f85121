package org.empathytrainer.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every slide of the whole course, question and answers, page by page, on 1280x720, 1920x1080 and 1024x768 screens at
 * every text size: nothing needs a scroll bar, no label is cut short or pushed past the window's edge, no heading is
 * left alone at the bottom of a page, and body text is at least a thirtieth of the screen's height. Snapshots of each
 * kind of slide at 1920x1080 and 1280x720 go to target/screenshots.
 *
 * <p>The view is laid out in a scene of each screen's size of its own ({@link RoomView#sceneAt}): under Monocle a
 * window resized within a test does not pass its new size on to its scene.
 */
@ExtendWith(ApplicationExtension.class)
class RoomViewFitTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

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

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080", "1024, 768"})
    void everySlideFitsTheScreenAtEveryTextSize(int width, int height, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        int[] pagesSeen = new int[1];
        double[] sceneSize = new double[2];
        robot.interact(() -> {
            Scene scene = room.sceneAt(width, height);
            sceneSize[0] = scene.getWidth();
            sceneSize[1] = scene.getHeight();
            for (int percent : Settings.SCALES) {
                room.setScale(percent / 100.0);
                for (int i = 0; i < room.slideCount(); i++) {
                    room.goTo(i);
                    walk(scene, percent, problems, pagesSeen);
                }
            }
        });

        assertThat(sceneSize).as("laid out at the size asked for").containsExactly(width, height);
        assertThat(problems).isEmpty();
        // Each slide at least once per text size, its answers too: the walk really went through the course.
        assertThat(pagesSeen[0]).isGreaterThan(Settings.SCALES.size() * room.slideCount());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 720"})
    void snapshotsOfEveryKindOfSlide(int width, int height, FxRobot robot) {
        Set<RoomSlide.Kind> seen = EnumSet.noneOf(RoomSlide.Kind.class);
        String size = width + "x" + height;
        robot.interact(() -> {
            Scene scene = room.sceneAt(width, height);
            room.setScale(1);
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
                Screenshots.save(scene, name);
                if (slide.revealable()) {
                    room.reveal();
                    Screenshots.save(scene, name + "-revealed");
                }
            }
            // A case's own title slide too (the first title slide is the story's).
            for (int i = 0; i < room.slideCount(); i++) {
                room.goTo(i);
                if (room.current().id().equals("title-" + COURSE.cases().get(1).id())) {
                    Screenshots.save(scene, "room-" + size + "-case-title");
                    break;
                }
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(RoomSlide.Kind.values());
        assertThat(Screenshots.FOLDER.resolve("room-" + size + "-question-revealed.png"))
                .exists();
        assertThat(Screenshots.FOLDER.resolve("room-" + size + "-case-title.png"))
                .exists();
    }

    /** Every page of the current slide, then every page of its answers. */
    private void walk(Scene scene, int percent, List<String> problems, int[] pagesSeen) {
        String where = (int) scene.getWidth() + "x" + (int) scene.getHeight() + " at " + percent + " %, "
                + room.current().id();
        int guard = 0;
        String slideId = room.current().id();
        while (guard++ < 150) {
            pagesSeen[0]++;
            check(scene, where + (presentation.revealed() ? " revealed" : "") + " page " + (room.page() + 1), problems);
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

    private void check(Scene scene, String where, List<String> problems) {
        Parent root = scene.getRoot();
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
        List<Node> shown = parent.getChildrenUnmodifiable();
        if (room.page() < room.pageCount() - 1
                && !shown.isEmpty()
                && RoomPages.keepsWithNext(shown.get(shown.size() - 1))) {
            problems.add(where + ": a heading alone at the bottom of the page");
        }
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
