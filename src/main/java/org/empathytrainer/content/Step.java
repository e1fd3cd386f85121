package org.empathytrainer.content;

import java.util.Arrays;
import java.util.Optional;

/** The four steps of the method, in the order a learner takes them. */
public enum Step implements Keyword {
    PLACE("place"),
    SENSE("sense"),
    DISCUSS("discuss"),
    FIX("fix");

    private final String id;

    Step(String id) {
        this.id = id;
    }

    /** The id used in content files and saved progress. */
    @Override
    public String id() {
        return id;
    }

    /** One-based position, as shown to the learner. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<Step> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
