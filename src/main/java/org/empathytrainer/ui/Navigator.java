package org.empathytrainer.ui;

/** Moves between screens. Views get it through their constructor, never by looking it up. */
public interface Navigator {
    void home();

    void story();

    /** The learner's progress: mastery per step, results per case, the history of attempts. */
    void dashboard();

    void openCase(String caseId);

    /** Starts a case again from step 1; the learner confirmed it. */
    void restartCase(String caseId);
}
