package org.empathytrainer.lrs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;

/**
 * Sending from the command line: queues the learners' results not yet queued (or, asked to resend, all of them),
 * then sends what waits on the calling thread, trying again a few times when the store cannot be reached.
 */
public final class OutboxDrain {
    private OutboxDrain() {}

    /**
     * How it went.
     *
     * @param queued  statements newly queued from the learners' progress
     * @param sent    statements the store took
     * @param waiting statements still waiting
     * @param refused the statements the store refused, now and before
     * @param problem why the waiting ones were not sent
     */
    public record Report(int queued, int sent, int waiting, List<RefusedStatement> refused, Optional<String> problem) {
        public boolean allSent() {
            return waiting == 0 && refused.isEmpty();
        }
    }

    /**
     * @param resendAll queue every result again, and put back those the store refused before
     * @param tries     rounds of sending on connection failures, time-outs and 5xx, with the policy's back-off
     */
    public static Report run(
            Path dataFolder,
            LrsSettings settings,
            Course course,
            List<LearnerRecords> learners,
            boolean resendAll,
            SendPolicy policy,
            int tries,
            Clock clock)
            throws StoreException {
        Outbox outbox = Outbox.open(dataFolder);
        ResultStatements statements = new ResultStatements(course, XapiOptions.DEFAULTS);
        int queued = 0;
        if (resendAll) {
            outbox.retryRefused(clock.instant());
        }
        for (LearnerRecords learner : learners) {
            queued += resendAll
                    ? outbox.queueAgain(learner.learnerId(), statements.all(learner), clock.instant())
                    : outbox.queue(learner.learnerId(), statements.all(learner), clock.instant());
        }
        int before = outbox.waitingCount();
        int refusedBefore = outbox.refused().size();
        Sender sender = new Sender(outbox, new LrsClient(settings, policy.timeout()), policy, clock);
        for (int round = 1; round <= tries; round++) {
            Sender.Outcome outcome = sender.sendWaiting();
            if (outcome != Sender.Outcome.UNREACHABLE || round == tries) {
                break;
            }
            sleep(sender.backOff());
        }
        SendStatus status = sender.status();
        int waiting = status.waitingCount();
        int refusedNow = status.refusedCount() - refusedBefore;
        return new Report(queued, before - waiting - refusedNow, waiting, status.refused(), status.lastProblem());
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
