package org.empathytrainer.practice;

import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Difficulty;

/**
 * A case as the learner's records name it: its title and place in the course, or, for a case no longer in the
 * course, its id in place of a title.
 *
 * @param position   1 for the course's first case; 0 when the case is not in the course
 * @param difficulty null when the case is not in the course
 */
public record CaseRef(String id, String title, int position, Difficulty difficulty) {

    public CaseRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a case id is required");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, not " + position);
        }
        title = title == null || title.isBlank() ? id : title;
    }

    /** A case of the course at {@code position} (from 1). */
    public static CaseRef of(CustomerCase c, int position) {
        return new CaseRef(c.id(), c.title(), position, c.difficulty());
    }

    /** A case the learner worked on that the course no longer has: titled by its id. */
    public static CaseRef removed(String id) {
        return new CaseRef(id, id, 0, null);
    }

    public boolean inCourse() {
        return position > 0;
    }
}
