package org.empathytrainer.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;

/**
 * Makes a data folder with one learner, without a PIN, who has finished every case and ATTEMPTS attempts more, for
 * starting the app with {@code --learner NAME} in the home-screen benchmark ({@code src/bench/home-scale.sh}):
 * {@code ReturningLearner DIR NAME ATTEMPTS}.
 */
public final class ReturningLearner {
    private ReturningLearner() {}

    public static void main(String[] args) throws StoreException, ProfileException {
        if (args.length != 3) {
            System.err.println("Usage: ReturningLearner DIR NAME ATTEMPTS");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Course course = ContentRepository.load(ContentSource.folder(Path.of("assets")), List.of());
        Profile p = new ProfileStore(data, Clock.systemUTC()).create(args[1], null);
        new ProgressStore(data, Clock.systemUTC()).save(BenchData.learner(p.id(), course, Integer.parseInt(args[2])));
        System.out.println("Learner " + args[1] + " (" + p.id() + ") with " + args[2] + " more attempts in " + data);
    }
}
