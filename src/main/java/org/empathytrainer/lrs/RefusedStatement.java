package org.empathytrainer.lrs;

import java.time.Instant;

/**
 * A statement the store refused (400, 409 and other 4xx but 401/403), kept aside in the outbox with its reason. It
 * is not sent again unless {@link LrsService#retryRefused()} asks.
 *
 * @param id        the statement's id
 * @param learner   the learner's id
 * @param what      what happened, as the statement says it
 * @param status    the HTTP status of the refusal
 * @param reason    the store's own words, cut to a few hundred characters
 * @param refusedAt when it was refused
 */
public record RefusedStatement(
        String id, String learner, Happened what, int status, String reason, Instant refusedAt) {}
