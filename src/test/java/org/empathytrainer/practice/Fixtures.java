package org.empathytrainer.practice;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Story;

/**
 * The small content folder of the content tests, loaded through the repository, so practice tests do not depend on
 * the wording of the shipped course. Its "late-refund" case has concerns worth 1, 0.5 and 0; feelings "worried"
 * (intensity 3, weight 1) and "frustrated" (intensity 2, weight 0.5); the best acknowledgement "hear-you"; helpful
 * actions in the order check-status, issue-refund, confirm-email, plus "escalate" (premature) and "read-terms"
 * (useless).
 */
public final class Fixtures {
    static final Instant MORNING = Instant.parse("2025-03-03T09:00:00Z");
    static final Instant NOON = Instant.parse("2025-03-03T12:00:00Z");

    private static final Course COURSE = load();

    private Fixtures() {}

    /** The whole fixture course: "late-refund" (intermediate) first, then "lost-card" (beginner). */
    public static Course course() {
        return COURSE;
    }

    static CustomerCase refundCase() {
        return COURSE.findCase("late-refund").orElseThrow();
    }

    static Story story() {
        return COURSE.story();
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Course load() {
        try {
            Path folder = Path.of(Fixtures.class
                    .getResource("/org/empathytrainer/content/minimal/")
                    .toURI());
            Course course = ContentRepository.load(ContentSource.folder(folder));
            if (!course.problems().isEmpty()) {
                throw new IllegalStateException("the fixture content is broken: " + course.problems());
            }
            return course;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
