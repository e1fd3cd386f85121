package org.empathytrainer.practice;

import java.util.Optional;
import java.util.Set;

/**
 * Step 3: the acknowledgement chosen (null until chosen), the learner's own words, and their self-check ticks.
 * The learner may check any option to read its feedback; the first option checked is the one scored. An option
 * never checked is scored as it stands.
 *
 * @param checkedOptionId the first option whose feedback the learner asked for, or null
 */
public record DiscussAnswer(String optionId, String checkedOptionId, String ownWords, Set<String> selfChecks) {
    public static final DiscussAnswer EMPTY = new DiscussAnswer(null, null, "", Set.of());

    public DiscussAnswer {
        ownWords = ownWords == null ? "" : ownWords;
        selfChecks = Set.copyOf(selfChecks == null ? Set.of() : selfChecks);
    }

    /** An answer with nothing checked yet. */
    public DiscussAnswer(String optionId, String ownWords, Set<String> selfChecks) {
        this(optionId, null, ownWords, selfChecks);
    }

    public Optional<Blocker> blocker() {
        if (optionId == null) {
            return Optional.of(Blocker.OPTION_MISSING);
        }
        if (TextLimits.blank(ownWords)) {
            return Optional.of(Blocker.OWN_WORDS_MISSING);
        }
        return TextLimits.tooLong(ownWords) ? Optional.of(Blocker.TEXT_TOO_LONG) : Optional.empty();
    }

    /** The option that counts for the score. */
    public String scoredOptionId() {
        return checkedOptionId != null ? checkedOptionId : optionId;
    }

    public DiscussAnswer withOption(String id) {
        return new DiscussAnswer(id, checkedOptionId, ownWords, selfChecks);
    }

    /** The learner asks for feedback on the option chosen; the first such option is kept for the score. */
    public DiscussAnswer check() {
        return checkedOptionId != null || optionId == null
                ? this
                : new DiscussAnswer(optionId, optionId, ownWords, selfChecks);
    }

    public DiscussAnswer withOwnWords(String text) {
        return new DiscussAnswer(optionId, checkedOptionId, text, selfChecks);
    }

    public DiscussAnswer withSelfChecks(Set<String> ticked) {
        return new DiscussAnswer(optionId, checkedOptionId, ownWords, ticked);
    }
}
