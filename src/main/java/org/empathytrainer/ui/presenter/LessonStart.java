package org.empathytrainer.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.records.Lesson;
import org.empathytrainer.records.LessonStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;

/**
 * Turns a planned lesson into the room view's slides: from the planning dialog, or by name from the command line.
 * What cannot be presented as planned (an unknown name, a broken file, cases the course no longer has) is said in a
 * banner of the main window, which the room does not see.
 */
final class LessonStart {
    private static final System.Logger LOG = System.getLogger(LessonStart.class.getName());
    /** The banner about a lesson that could not be presented as planned. */
    static final String NOTICE = "lessonNotice";

    private final AppContext services;
    private final LessonStore store;
    private final Consumer<Notice> notices;
    private final Consumer<List<RoomSlide>> present;

    LessonStart(AppContext services, LessonStore store, Consumer<Notice> notices, Consumer<List<RoomSlide>> present) {
        this.services = services;
        this.store = store;
        this.notices = notices;
        this.present = present;
    }

    /** Opens the planning dialog over {@code owner}; its Start presents the lesson. */
    void plan(Window owner) {
        new LessonDialog(services, store, owner, this::present).show();
    }

    /** Presents the saved lesson called {@code name}, or says why not. */
    void present(String name) {
        Messages m = services.messages();
        try {
            Optional<Lesson> lesson = store.find(name);
            if (lesson.isPresent()) {
                present(lesson.get());
                return;
            }
            List<String> names = store.list().names();
            notices.accept(new Notice(
                    NOTICE,
                    Notice.Kind.WARNING,
                    names.isEmpty()
                            ? m.get("lesson.unknown.none", name, store.folder())
                            : m.get("lesson.unknown", name, String.join(", ", names))));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "A saved lesson could not be read", e);
            notices.accept(new Notice(NOTICE, Notice.Kind.ERROR, e.getMessage()));
        }
    }

    /**
     * Presents {@code lesson}: the story if it asks for it, then its cases in order, each after a title slide. Cases
     * the course no longer has are left out, and a banner says which.
     */
    void present(Lesson lesson) {
        Messages m = services.messages();
        Course course = services.course();
        List<String> missing = lesson.missingCases(
                course.cases().stream().map(CustomerCase::id).toList());
        List<CustomerCase> cases = new ArrayList<>();
        lesson.cases().forEach(id -> course.findCase(id).ifPresent(cases::add));
        if (!missing.isEmpty()) {
            notices.accept(new Notice(
                    NOTICE,
                    Notice.Kind.WARNING,
                    m.get("lesson.missing-cases", lesson.name(), String.join(", ", missing))));
        }
        if (lesson.story() || !cases.isEmpty()) {
            present.accept(new RoomDeck(m, course).slides(lesson.story(), cases));
        }
    }
}
