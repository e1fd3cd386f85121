package org.empathytrainer.records.export;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The learners whose results can be exported, with their records. */
public interface LearnerDirectory {

    /** Every learner, in the order the exports list them. */
    List<LearnerRecords> all();

    /**
     * The learners whose id {@code include} accepts, in the order of {@link #all}, for an export that goes through
     * them once: a directory that reads records from files may read each learner's only when the list is asked for
     * them, and not keep them, so that the export holds one learner's history at a time.
     */
    default List<LearnerRecords> oneByOne(Predicate<String> include) {
        return all().stream().filter(r -> include.test(r.learnerId())).toList();
    }

    /** The learner of this name, if there is one. */
    Optional<LearnerRecords> byName(String name);

    /** The names {@link #byName} knows, for telling someone who mistyped one. */
    List<String> names();
}
