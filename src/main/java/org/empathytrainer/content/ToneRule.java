package org.empathytrainer.content;

/** How the tone check uses a phrase group: which of its readings of a reply finds the group. */
public enum ToneRule implements Keyword {
    /** A listed phrase anywhere in the reply. */
    PHRASES("phrases"),
    /** A listed phrase (an apology, "I understand") followed in the same sentence by a contrast ("but", "however"). */
    BUT_CANCELLED("but-cancelled"),
    /** A listed phrase (a fix, an instruction) in the first sentence, with no acknowledgement before it. */
    FIX_FIRST("fix-first"),
    /** A run of words in capitals; the phrases are words such as "PIN" that never count. */
    SHOUTING("shouting"),
    /** A listed phrase, or a feeling of the emotions palette by its label. */
    FEELINGS("feelings"),
    /** The customer's key details, from the case's {@code toneFacts.details}. */
    CASE_DETAILS("case-details"),
    /** A promise the case rules out, from the case's {@code toneFacts.cannotPromise}. */
    CASE_PROMISES("case-promises");

    private final String id;

    ToneRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether the group needs phrases of its own in tone.json. */
    public boolean needsPhrases() {
        return this == PHRASES || this == BUT_CANCELLED || this == FIX_FIRST;
    }
}
