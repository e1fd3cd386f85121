package org.empathytrainer.lrs;

import java.util.OptionalInt;

/**
 * A request to the learning record store that did not succeed, with what went wrong in a sentence for the user
 * ({@link #getMessage()}) and as a {@link Failure} a program can act on.
 */
public final class LrsException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Failure {
        /** Nothing listens at the address, or the network is down, or the host name is unknown. */
        CONNECTION,
        /** No answer within the time-out, or the connection was cut before the answer was complete. */
        TIMEOUT,
        /** 401 or 403: the key and secret were refused. */
        KEY_REFUSED,
        /** 400, 409 or another 4xx: the store refused what was sent; {@link #body()} says why. */
        REFUSED,
        /** 5xx: the store failed; worth trying again later. */
        SERVER_ERROR,
        /** The answer was not the JSON the xAPI specification describes. */
        BAD_ANSWER
    }

    private final Failure failure;
    private final int status;
    private final String body;

    LrsException(Failure failure, int status, String body, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.status = status;
        this.body = body == null ? "" : body;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, when the store answered. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** The start of the store's answer (its reason, for a refusal); empty when there was none. */
    public String body() {
        return body;
    }

    /** Whether trying again later may succeed on its own: connection failures, time-outs and 5xx. */
    public boolean transientFailure() {
        return failure == Failure.CONNECTION || failure == Failure.TIMEOUT || failure == Failure.SERVER_ERROR;
    }
}
