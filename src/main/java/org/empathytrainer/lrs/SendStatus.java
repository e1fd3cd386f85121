package org.empathytrainer.lrs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sending stands, for the top bar and its details dialog: an immutable snapshot, replaced whole at every change.
 *
 * @param state         the few words the top bar shows
 * @param waitingCount  how many statements wait
 * @param waiting       the oldest of them, at most {@value #LISTED} (a list of thousands helps nobody), oldest first
 * @param refused       the statements the store refused, with its reasons, kept aside and not sent again
 * @param offlineSince  when the store last stopped answering, while it does not (for "no connection since 10:42")
 * @param lastProblem   the last failure in a sentence (such as the store's answer to the key), empty when none
 * @param lastSentAt    when a batch was last taken by the store, if ever
 */
public record SendStatus(
        State state,
        int waitingCount,
        List<WaitingStatement> waiting,
        List<RefusedStatement> refused,
        Optional<Instant> offlineSince,
        Optional<String> lastProblem,
        Optional<Instant> lastSentAt) {

    /** The top bar's states, most urgent first where several hold. */
    public enum State {
        /** Sending is off (or no endpoint is set); results are not queued. */
        OFF,
        /** 401 or 403: the store refused the key and secret; nothing is sent until they are changed. */
        KEY_REFUSED,
        /** Results wait to be sent: being sent now, or the store cannot be reached since {@code offlineSince}. */
        WAITING,
        /** Everything else was sent, but the store refused some statements: see {@code refused}. */
        SOME_REFUSED,
        /** Every result has reached the store. */
        ALL_SENT
    }

    /** The most waiting statements a status lists. */
    public static final int LISTED = 200;

    public SendStatus {
        if (waitingCount < waiting.size()) {
            throw new IllegalArgumentException("waitingCount " + waitingCount + " < listed " + waiting.size());
        }
        waiting = List.copyOf(waiting);
        refused = List.copyOf(refused);
    }

    public static final SendStatus OFF =
            new SendStatus(State.OFF, 0, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public int refusedCount() {
        return refused.size();
    }
}
