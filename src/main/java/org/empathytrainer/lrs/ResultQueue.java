package org.empathytrainer.lrs;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.LearnerRecords;

/**
 * Turns a save of a learner's progress into statements in the outbox. A learner the outbox has never seen has their
 * progress before the save noted as dealt with (their history is sent only when asked), and what the save adds
 * queued. A learner's first save in a run checks their whole progress, so that a result saved just before a crash,
 * and not yet queued, is queued now; later saves look only at what changed.
 */
final class ResultQueue {
    private final ResultStatements statements;
    private final Function<String, String> displayNames;
    private final Clock clock;
    /** Learners whose whole progress was checked against the outbox in this run. */
    private final Set<String> reconciled = ConcurrentHashMap.newKeySet();

    ResultQueue(ResultStatements statements, Function<String, String> displayNames, Clock clock) {
        this.statements = statements;
        this.displayNames = displayNames;
        this.clock = clock;
    }

    ResultStatements statements() {
        return statements;
    }

    /** Queues what {@code saved} adds to {@code previous}; returns how many statements were queued. */
    int queue(Outbox outbox, LearnerProgress previous, LearnerProgress saved) throws StoreException {
        String id = saved.learner();
        String name = displayNames.apply(id);
        try {
            if (!outbox.knows(id)) {
                outbox.baseline(id, statements.all(new LearnerRecords(id, name, previous)));
                reconciled.add(id);
            }
            LearnerRecords learner = new LearnerRecords(id, name, saved);
            List<JsonObject> made =
                    reconciled.add(id) ? statements.all(learner) : statements.changedSince(learner, previous);
            return outbox.queue(id, made, clock.instant());
        } catch (StoreException | RuntimeException e) {
            // Checked again, in full, at the next save.
            reconciled.remove(id);
            throw e;
        }
    }
}
