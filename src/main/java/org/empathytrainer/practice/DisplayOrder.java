package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.CustomerCase;

/**
 * The order in which a choice's options are shown. Authors tend to write the best option first; shown in that order,
 * learners would soon learn to pick the first one. So options are shuffled, but the same way every time for the same
 * question: a learner who comes back finds them where they were, and a room voting by option number sees the numbers
 * the trainer's window shows.
 */
public final class DisplayOrder {
    private DisplayOrder() {}

    /** Step 1's concerns, as shown. */
    public static List<Concern> concerns(CustomerCase c) {
        return of(c.id() + "/place", c.place().concerns());
    }

    /** Step 3's ways to acknowledge, as shown. */
    public static List<AckOption> options(CustomerCase c) {
        return of(c.id() + "/discuss", c.discuss().options());
    }

    /** Step 4's possible next steps, as shown. */
    public static List<ActionOption> actions(CustomerCase c) {
        return of(c.id() + "/fix", c.fix().actions());
    }

    /**
     * {@code items} in a shuffled order fixed by {@code question} (e.g. {@code porch-parcel/discuss}). Depends only on
     * the question and the items' order in the content, so it is the same on every machine and every run.
     */
    public static <T> List<T> of(String question, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        // String.hashCode and java.util.Random are both specified exactly, so the order is portable.
        Collections.shuffle(copy, new Random(question.hashCode()));
        return List.copyOf(copy);
    }
}
