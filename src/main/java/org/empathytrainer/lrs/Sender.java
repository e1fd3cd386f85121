package org.empathytrainer.lrs;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.empathytrainer.lrs.LrsException.Failure;
import org.empathytrainer.lrs.Outbox.Pending;
import org.empathytrainer.records.StoreException;

/**
 * Takes batches from the outbox to the store, one at a time, and says how it went. A batch the store refuses (400,
 * 409) is halved until the statements it refuses are found: those are kept aside with the store's reason, the rest
 * sent. Connection failures, time-outs and 5xx leave the batch waiting for the next try; 401 and 403 stop sending.
 * Not thread-safe: one thread sends ({@link LrsService}'s, or the command line's).
 */
final class Sender {
    private static final System.Logger LOG = System.getLogger(Sender.class.getName());

    /** How a round of sending ended. */
    enum Outcome {
        /** Nothing waits (some may have been refused). */
        EMPTY,
        /** The store could not be reached, or failed: try again after the back-off. */
        UNREACHABLE,
        /** The key was refused: nothing more is sent with these settings. */
        KEY_REFUSED,
        /** The outbox could not be written: what was sent may be sent again (the store keeps one copy). */
        STORE_FAILED,
        /** Stopped between batches, as the app closes; what waits is sent at the next start. */
        STOPPED
    }

    /** How often, while batches go out, what was sent is written to the outbox files. */
    static final Duration SAVE_SENT_EVERY = Duration.ofSeconds(2);

    private final Outbox outbox;
    private final LrsClient client;
    private final SendPolicy policy;
    private final Clock clock;

    private int failures;
    private Instant offlineSince;
    private String lastProblem;
    private Instant lastSentAt;
    private boolean keyRefused;
    private Runnable afterBatch = () -> {};
    private BooleanSupplier stopping = () -> false;

    Sender(Outbox outbox, LrsClient client, SendPolicy policy, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.policy = policy;
        this.clock = clock;
    }

    /** Run after each batch the store took, so the status can show the count going down. */
    void setAfterBatch(Runnable listener) {
        afterBatch = listener;
    }

    /** Asked before each batch: when it says so, sending ends after the batch under way (as the app closes). */
    void setStopping(BooleanSupplier stop) {
        stopping = stop;
    }

    /**
     * Sends batch after batch until nothing waits or the store cannot take more. What the store took is written to
     * the outbox files every {@link #SAVE_SENT_EVERY} and at the end, not after every batch: a statement sent again
     * after a crash is one the store already has, and keeps once.
     */
    Outcome sendWaiting() {
        try {
            return sendBatches();
        } finally {
            try {
                outbox.saveSent();
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "What was sent is not yet noted in the outbox; it may be sent again", e);
            }
        }
    }

    private Outcome sendBatches() {
        if (keyRefused) {
            return Outcome.KEY_REFUSED;
        }
        long lastSave = System.nanoTime();
        while (!stopping.getAsBoolean()) {
            if (System.nanoTime() - lastSave > SAVE_SENT_EVERY.toNanos()) {
                try {
                    outbox.saveSent();
                } catch (StoreException e) {
                    lastProblem = e.getMessage();
                    LOG.log(Level.ERROR, "The outbox could not be written after sending", e);
                    return Outcome.STORE_FAILED;
                }
                lastSave = System.nanoTime();
            }
            List<Pending> batch = outbox.batch(policy.batchSize());
            if (batch.isEmpty()) {
                return Outcome.EMPTY;
            }
            try {
                send(batch);
                failures = 0;
                offlineSince = null;
                lastProblem = null;
                lastSentAt = clock.instant();
                afterBatch.run();
            } catch (LrsException e) {
                if (e.failure() == Failure.KEY_REFUSED) {
                    keyRefused = true;
                    lastProblem = e.getMessage();
                    LOG.log(Level.WARNING, "Sending stopped: {0}", e.getMessage());
                    return Outcome.KEY_REFUSED;
                }
                failures++;
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                }
                lastProblem = e.getMessage();
                LOG.log(Level.INFO, "Results not sent, trying again in {0}: {1}", backOff(), e.getMessage());
                return Outcome.UNREACHABLE;
            } catch (StoreException e) {
                lastProblem = e.getMessage();
                LOG.log(Level.ERROR, "The outbox could not be written after sending", e);
                return Outcome.STORE_FAILED;
            }
        }
        return Outcome.STOPPED;
    }

    /** Sends {@code batch}; where the store refuses it, finds the statements it refuses by halving. */
    private void send(List<Pending> batch) throws LrsException, StoreException {
        try {
            client.post(batch.stream().map(Pending::statement).toList());
            outbox.sentInMemory(batch);
        } catch (LrsException e) {
            if (e.failure() != Failure.REFUSED) {
                throw e;
            }
            if (batch.size() == 1) {
                Pending p = batch.get(0);
                String reason = e.body().isEmpty() ? e.getMessage() : e.body();
                LOG.log(Level.WARNING, "The LRS refused statement {0}: {1}", p.id(), reason);
                outbox.refuse(p, e.status().orElse(0), reason, clock.instant());
                return;
            }
            int half = batch.size() / 2;
            send(batch.subList(0, half));
            send(batch.subList(half, batch.size()));
        }
    }

    /** How long to wait before the next try, after the failures so far. */
    Duration backOff() {
        return failures == 0 ? Duration.ZERO : policy.backOff(failures);
    }

    boolean keyRefused() {
        return keyRefused;
    }

    SendStatus status() {
        int waitingCount = outbox.waitingCount();
        List<WaitingStatement> waiting = outbox.waiting(SendStatus.LISTED);
        List<RefusedStatement> refused = outbox.refused();
        SendStatus.State state;
        if (keyRefused) {
            state = SendStatus.State.KEY_REFUSED;
        } else if (waitingCount > 0) {
            state = SendStatus.State.WAITING;
        } else if (!refused.isEmpty()) {
            state = SendStatus.State.SOME_REFUSED;
        } else {
            state = SendStatus.State.ALL_SENT;
        }
        return new SendStatus(
                state,
                waitingCount,
                waiting,
                refused,
                Optional.ofNullable(offlineSince),
                Optional.ofNullable(lastProblem),
                Optional.ofNullable(lastSentAt));
    }
}
