package org.empathytrainer.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;

/**
 * Makes a data folder of learners with long histories, for the export benchmark ({@code src/bench/export-scale.sh}):
 * {@code HistoryFolder DIR LEARNERS ATTEMPTS} saves LEARNERS learners, each with ATTEMPTS finished attempts, as the
 * app saves them.
 */
public final class HistoryFolder {
    private HistoryFolder() {}

    public static void main(String[] args) throws StoreException {
        if (args.length != 3) {
            System.err.println("Usage: HistoryFolder DIR LEARNERS ATTEMPTS");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int learners = Integer.parseInt(args[1]);
        int attempts = Integer.parseInt(args[2]);
        Course course = ContentRepository.load(ContentSource.folder(Path.of("assets")), List.of());
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        for (int i = 1; i <= learners; i++) {
            LearnerProgress p = BenchData.learner("learner-" + i, course, attempts);
            store.save(p);
        }
        System.out.println("Saved " + learners + " learners of " + attempts + " attempts in " + data);
    }
}
