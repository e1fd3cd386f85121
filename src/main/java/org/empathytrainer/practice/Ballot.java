package org.empathytrainer.practice;

import java.util.List;
import java.util.Objects;

/**
 * A choice the room votes on while a trainer presents: the question, its options in the order shown (option 1 is
 * the first), and which one is right.
 *
 * @param id    stable within a course, e.g. {@code porch-parcel/discuss}
 * @param title where the question comes from, e.g. the case's title and the step, for the exported file
 */
public record Ballot(String id, String title, String question, List<Option> options, String rightOptionId) {

    /** The most options a number key can reach. */
    public static final int MAX_OPTIONS = 9;

    /** One option: its id in the content and the words shown. */
    public record Option(String id, String text) {
        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    public Ballot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("A ballot has 1 to " + MAX_OPTIONS + " options, not " + options.size());
        }
        if (options.stream().noneMatch(o -> o.id().equals(rightOptionId))) {
            throw new IllegalArgumentException("The right option " + rightOptionId + " is not among the options");
        }
    }

    /** The option shown with number {@code number} (1-based), if there is one. */
    public boolean hasNumber(int number) {
        return number >= 1 && number <= options.size();
    }

    /** 1-based number of the right option. */
    public int rightNumber() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(rightOptionId)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }
}
