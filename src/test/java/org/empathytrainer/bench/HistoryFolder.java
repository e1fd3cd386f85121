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
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;

/**
 * Makes a data folder of learners with long histories, for the benchmarks of saved history
 * ({@code src/bench/history-data.sh}, {@code src/bench/history-scale.sh}, {@code src/bench/export-scale.sh}):
 * {@code HistoryFolder DIR LEARNERS ATTEMPTS} adds LEARNERS learners, named "Learner 1", "Learner 2"... (ids
 * {@code learner-1}, {@code learner-2}...), each with a profile and ATTEMPTS attempts after finishing every case, saved
 * as the app saves them.
 */
public final class HistoryFolder {
    private HistoryFolder() {}

    public static void main(String[] args) throws StoreException, ProfileException {
        if (args.length != 3) {
            System.err.println("Usage: HistoryFolder DIR LEARNERS ATTEMPTS");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int learners = Integer.parseInt(args[1]);
        int attempts = Integer.parseInt(args[2]);
        Course course = ContentRepository.load(ContentSource.folder(Path.of("assets")), List.of());
        ProfileStore profiles = new ProfileStore(data, Clock.systemUTC());
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        for (int i = 1; i <= learners; i++) {
            Profile profile = profiles.create("Learner " + i, null);
            LearnerProgress p = BenchData.learner(profile.id(), course, attempts);
            store.save(p);
        }
        System.out.println("Saved " + learners + " learners of " + attempts + " attempts in " + data);
    }
}
