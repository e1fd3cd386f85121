package org.empathytrainer.practice;

/** Where a learner is with one step of a case. */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
