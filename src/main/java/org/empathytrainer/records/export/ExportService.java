package org.empathytrainer.records.export;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;

/**
 * The learners' records an export made in the app may hold. A PIN keeps others out of a learner's progress, so
 * "everyone" for a learner means those without one, and that learner; a trainer exports everyone from the command
 * line, with access to the data folder.
 */
public final class ExportService {
    private final ProfileStore profiles;
    private final LearnerDirectory directory;

    public ExportService(ProfileStore profiles, LearnerDirectory directory) {
        this.profiles = profiles;
        this.directory = directory;
    }

    /**
     * Every learner's records that {@code learner} may take away, read afresh, each when the list is asked for them
     * (see {@link LearnerDirectory#oneByOne}): go through the list once.
     */
    public List<LearnerRecords> everyoneVisibleTo(Profile learner) {
        Set<String> locked = profiles.list().stream()
                .filter(p -> p.hasPin() && !p.id().equals(learner.id()))
                .map(Profile::id)
                .collect(Collectors.toSet());
        return directory.oneByOne(id -> !locked.contains(id));
    }
}
