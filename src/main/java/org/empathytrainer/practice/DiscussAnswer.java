package org.empathytrainer.practice;

import java.util.Optional;
import java.util.Set;

/** Step 3: the acknowledgement chosen (null until chosen), the learner's own words, and their self-check ticks. */
public record DiscussAnswer(String optionId, String ownWords, Set<String> selfChecks) {
    public static final DiscussAnswer EMPTY = new DiscussAnswer(null, "", Set.of());

    public DiscussAnswer {
        ownWords = ownWords == null ? "" : ownWords;
        selfChecks = Set.copyOf(selfChecks == null ? Set.of() : selfChecks);
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

    public DiscussAnswer withOption(String id) {
        return new DiscussAnswer(id, ownWords, selfChecks);
    }

    public DiscussAnswer withOwnWords(String text) {
        return new DiscussAnswer(optionId, text, selfChecks);
    }

    public DiscussAnswer withSelfChecks(Set<String> ticked) {
        return new DiscussAnswer(optionId, ownWords, ticked);
    }
}
