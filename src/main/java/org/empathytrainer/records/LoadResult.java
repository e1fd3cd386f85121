package org.empathytrainer.records;

import java.util.List;
import org.empathytrainer.practice.LearnerProgress;

/** A learner's progress as loaded, with anything that went wrong on the way (usually nothing). */
public record LoadResult(LearnerProgress progress, List<StoreNotice> notices) {

    public LoadResult {
        if (progress == null) {
            throw new IllegalArgumentException("progress is required");
        }
        notices = List.copyOf(notices == null ? List.of() : notices);
    }

    static LoadResult clean(LearnerProgress progress) {
        return new LoadResult(progress, List.of());
    }

    static LoadResult withNotice(LearnerProgress progress, StoreNotice notice) {
        return new LoadResult(progress, List.of(notice));
    }
}
