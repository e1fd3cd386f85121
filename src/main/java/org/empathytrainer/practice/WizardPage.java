package org.empathytrainer.practice;

import java.util.Optional;
import org.empathytrainer.content.Step;

/** The pages of the case wizard: one per step of the method, then the summary. */
public enum WizardPage {
    PLACE(Step.PLACE),
    SENSE(Step.SENSE),
    DISCUSS(Step.DISCUSS),
    FIX(Step.FIX),
    SUMMARY(null);

    private final Step step;

    WizardPage(Step step) {
        this.step = step;
    }

    /** The step this page practises; empty for the summary. */
    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    public static WizardPage of(Step step) {
        return values()[step.ordinal()];
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public WizardPage next() {
        return this == SUMMARY ? SUMMARY : values()[ordinal() + 1];
    }

    public WizardPage previous() {
        return isFirst() ? this : values()[ordinal() - 1];
    }
}
