package org.empathytrainer.practice;

import org.empathytrainer.content.PhraseGroup;

/** A phrase from the tone lists found in the learner's text, from {@code start} (inclusive) to {@code end}. */
public record ToneMatch(int start, int end, PhraseGroup group) {

    public boolean pitfall() {
        return group.pitfall();
    }
}
