package org.empathytrainer.practice;

/**
 * Why a step is not complete yet. The UI turns each into a sentence from the resource bundle, under the key
 * {@code blocker.<id>}; the model stays free of display text.
 */
public enum Blocker {
    RETELLING_MISSING("retelling-missing"),
    CONCERN_MISSING("concern-missing"),
    FEELING_MISSING("feeling-missing"),
    OPTION_MISSING("option-missing"),
    OWN_WORDS_MISSING("own-words-missing"),
    ACTION_MISSING("action-missing"),
    COMMITMENT_MISSING("commitment-missing"),
    REFLECTION_MISSING("reflection-missing"),
    TEXT_TOO_LONG("text-too-long");

    private final String id;

    Blocker(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
