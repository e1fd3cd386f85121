package org.empathytrainer.lrs;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.records.StoreException;

/**
 * What {@link LrsService} starts and stops: its own thread ({@code lrs-sender}), which reads the outbox, runs a
 * {@link Sender} for the settings in force, and schedules the retries after a failed batch. The status of each step
 * goes to the {@link SendStatusBoard}, on that thread.
 */
final class SendLoop {
    private static final System.Logger LOG = System.getLogger(LrsService.class.getName());
    /** How long stopping waits for a batch under way. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    /** Read on the sender's thread, its first task, so that a large one never holds up the window's opening. */
    private final CompletableFuture<Outbox> outbox;

    private final SendPolicy policy;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor thread;
    private final SendStatusBoard board;

    /** Read and written on the sender's thread only. */
    private Sender sender;

    private ScheduledFuture<?> retry;

    SendLoop(Path dataFolder, SendPolicy policy, Clock clock, SendStatusBoard board) {
        this.policy = policy;
        this.clock = clock;
        this.board = board;
        ScheduledThreadPoolExecutor sending =
                new ScheduledThreadPoolExecutor(1, r -> LrsService.daemon(r, "lrs-sender"));
        // Stopping drops a retry waiting for its time: the next start tries at once.
        sending.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.thread = sending;
        this.outbox = CompletableFuture.supplyAsync(() -> open(dataFolder), sending);
    }

    /** Sends with {@code newSettings} from now on, or stops sending if they are off or have no endpoint. */
    void apply(LrsSettings newSettings) {
        Objects.requireNonNull(newSettings);
        thread.execute(() -> {
            cancelRetry();
            if (newSettings.enabled() && newSettings.hasEndpoint()) {
                Optional<Outbox> box = box();
                if (box.isEmpty()) {
                    board.publish(unreadable());
                    return;
                }
                Sender s = new Sender(box.get(), new LrsClient(newSettings, policy.timeout()), policy, clock);
                s.setAfterBatch(() -> board.publishFrom(s));
                s.setStopping(thread::isShutdown);
                sender = s;
                sendNow();
            } else {
                sender = null;
                board.publish(SendStatus.OFF);
            }
        });
    }

    /** The outbox, once read (waiting for it if need be); empty when it cannot be read. */
    Optional<Outbox> box() {
        try {
            return Optional.of(outbox.join());
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
    }

    /** Has the sender look at the outbox; after {@link #stop()} what was queued waits for the next start. */
    void wake() {
        try {
            thread.execute(this::sendIfNotWaiting);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "Sending has stopped; the results queued wait for the next start");
        }
    }

    /** Tries to send at once, without waiting for the back-off. */
    void retryNow() {
        thread.execute(() -> {
            cancelRetry();
            sendNow();
        });
    }

    /** Puts the refused statements back in the queue and sends them. */
    void retryRefused() {
        thread.execute(() -> {
            try {
                if (box().isPresent()) {
                    box().get().retryRefused(clock.instant());
                }
            } catch (StoreException e) {
                LOG.log(Level.ERROR, "Refused results not put back in the queue", e);
            }
            cancelRetry();
            sendNow();
        });
    }

    /** Stops after the batch under way, waiting a few seconds at most; a batch still under way then is cut off. */
    void stop() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "The sender did not stop within {0}; its batch will be sent again", STOP_WAIT);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
        // Stopped before the outbox was read: a save still to come must not wait for it for ever.
        outbox.cancel(false);
    }

    private static Outbox open(Path dataFolder) {
        try {
            return Outbox.open(dataFolder);
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Results are not sent: the outbox cannot be read", e);
            throw new CompletionException(e);
        }
    }

    /** Sending off, and why: the outbox cannot be read. */
    private SendStatus unreadable() {
        Throwable cause = outbox.handle((box, e) -> e).join();
        String why = cause instanceof CompletionException && cause.getCause() != null
                ? cause.getCause().getMessage()
                : String.valueOf(cause);
        return new SendStatus(
                SendStatus.State.OFF, 0, List.of(), List.of(), Optional.empty(), Optional.of(why), Optional.empty());
    }

    private void sendIfNotWaiting() {
        if (retry == null || retry.isDone()) {
            sendNow();
        } else {
            board.publishFrom(sender);
        }
    }

    private void sendNow() {
        Sender s = sender;
        if (s == null) {
            board.publish(box().isPresent() ? SendStatus.OFF : unreadable());
            return;
        }
        board.publishFrom(s);
        Sender.Outcome outcome = s.sendWaiting();
        if (outcome == Sender.Outcome.UNREACHABLE || outcome == Sender.Outcome.STORE_FAILED) {
            Duration wait = outcome == Sender.Outcome.STORE_FAILED ? policy.maxRetry() : s.backOff();
            try {
                retry = thread.schedule(this::sendNow, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.DEBUG, "Sending has stopped; what waits is sent at the next start");
            }
        }
        board.publishFrom(s);
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }
}
