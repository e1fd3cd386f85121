package org.empathytrainer.practice;

import java.util.Optional;

/** Step 1: the learner's first-person retelling, and the concern they think matters most (null until chosen). */
public record PlaceAnswer(String retelling, String concernId) {
    public static final PlaceAnswer EMPTY = new PlaceAnswer("", null);

    public PlaceAnswer {
        retelling = retelling == null ? "" : retelling;
    }

    public Optional<Blocker> blocker() {
        if (TextLimits.blank(retelling)) {
            return Optional.of(Blocker.RETELLING_MISSING);
        }
        if (TextLimits.tooLong(retelling)) {
            return Optional.of(Blocker.TEXT_TOO_LONG);
        }
        return concernId == null ? Optional.of(Blocker.CONCERN_MISSING) : Optional.empty();
    }

    public PlaceAnswer withRetelling(String text) {
        return new PlaceAnswer(text, concernId);
    }

    public PlaceAnswer withConcern(String id) {
        return new PlaceAnswer(retelling, id);
    }
}
