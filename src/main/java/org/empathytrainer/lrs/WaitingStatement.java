package org.empathytrainer.lrs;

import java.time.Instant;

/**
 * A statement in the outbox, as the details dialog lists it.
 *
 * @param id       the statement's id
 * @param learner  the learner's id
 * @param what     what happened, as the statement says it
 * @param queuedAt when it was queued
 */
public record WaitingStatement(String id, String learner, Happened what, Instant queuedAt) {}
