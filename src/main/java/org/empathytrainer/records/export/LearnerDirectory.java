package org.empathytrainer.records.export;

import java.util.List;
import java.util.Optional;

/** The learners whose results can be exported, with their records. */
public interface LearnerDirectory {

    /** Every learner, in the order the exports list them. */
    List<LearnerRecords> all();

    /** The learner of this name, if there is one. */
    Optional<LearnerRecords> byName(String name);

    /** The names {@link #byName} knows, for telling someone who mistyped one. */
    List<String> names();
}
