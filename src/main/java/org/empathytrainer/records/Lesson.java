package org.empathytrainer.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A lesson a trainer planned for a class: a name, whether it begins with the story, and the cases for the day, in
 * the order they are to be presented (by case id).
 */
public record Lesson(String name, boolean story, List<String> cases) {
    /** Longer names would make file names and banners unwieldy. */
    public static final int NAME_LIMIT = 80;

    public Lesson {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a lesson needs a name");
        }
        name = name.strip();
        if (name.length() > NAME_LIMIT) {
            throw new IllegalArgumentException(
                    "a lesson's name must be at most " + NAME_LIMIT + " characters, not " + name.length());
        }
        cases = List.copyOf(cases);
        if (!story && cases.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs the story or at least one case");
        }
    }

    /** The cases this lesson names that are not among {@code known}, in the lesson's order. */
    public List<String> missingCases(Collection<String> known) {
        List<String> missing = new ArrayList<>();
        for (String id : cases) {
            if (!known.contains(id)) {
                missing.add(id);
            }
        }
        return List.copyOf(missing);
    }
}
