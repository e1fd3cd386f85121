package org.empathytrainer.practice;

import java.util.Optional;

/**
 * Step 1: the learner's first-person retelling, and the concern they think matters most (null until chosen).
 * The learner may check any concern to read its feedback; the first concern checked is the one scored, so trying
 * the others afterwards teaches without changing the score. A concern never checked is scored as it stands.
 *
 * @param checkedConcernId the first concern whose feedback the learner asked for, or null
 */
public record PlaceAnswer(String retelling, String concernId, String checkedConcernId) {
    public static final PlaceAnswer EMPTY = new PlaceAnswer("", null, null);

    public PlaceAnswer {
        retelling = retelling == null ? "" : retelling;
    }

    /** An answer with nothing checked yet. */
    public PlaceAnswer(String retelling, String concernId) {
        this(retelling, concernId, null);
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

    /** The concern that counts for the score. */
    public String scoredConcernId() {
        return checkedConcernId != null ? checkedConcernId : concernId;
    }

    public PlaceAnswer withRetelling(String text) {
        return new PlaceAnswer(text, concernId, checkedConcernId);
    }

    public PlaceAnswer withConcern(String id) {
        return new PlaceAnswer(retelling, id, checkedConcernId);
    }

    /** The learner asks for feedback on the concern chosen; the first such concern is kept for the score. */
    public PlaceAnswer check() {
        return checkedConcernId != null || concernId == null ? this : new PlaceAnswer(retelling, concernId, concernId);
    }
}
