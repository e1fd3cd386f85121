package org.empathytrainer.lrs;

import java.time.Instant;

/**
 * A statement in the outbox, as the details dialog lists it.
 *
 * @param id       the statement's id
 * @param learner  the learner's id
 * @param summary  what happened, in a few words from the statement itself: {@code Ana answered
 *                 .../cases/porch-parcel/steps/place}
 * @param queuedAt when it was queued
 */
public record WaitingStatement(String id, String learner, String summary, Instant queuedAt) {}
