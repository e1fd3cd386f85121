package org.empathytrainer.practice;

import org.empathytrainer.content.PhraseGroup;

/**
 * A finding of the tone check in the learner's text, from {@code start} (inclusive) to {@code end}: a phrase, an
 * apology cancelled by "but", a run of capitals.
 *
 * @param tryInstead the learner's own sentence rewritten without the pitfall, or null when the group offers none
 */
public record ToneMatch(int start, int end, PhraseGroup group, String tryInstead) {

    public ToneMatch(int start, int end, PhraseGroup group) {
        this(start, end, group, null);
    }

    public boolean pitfall() {
        return group.pitfall();
    }
}
