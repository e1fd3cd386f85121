package org.empathytrainer.practice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Step 2: the feelings the learner picked, each with how strongly (1 to 3), in the order picked. */
public record SenseAnswer(Map<String, Integer> feelings) {
    public static final SenseAnswer EMPTY = new SenseAnswer(Map.of());

    public SenseAnswer {
        feelings = Collections.unmodifiableMap(new LinkedHashMap<>(feelings == null ? Map.of() : feelings));
    }

    public Optional<Blocker> blocker() {
        return feelings.isEmpty() ? Optional.of(Blocker.FEELING_MISSING) : Optional.empty();
    }

    /** Picks a feeling at the given intensity, or drops it when {@code intensity} is 0. */
    public SenseAnswer with(String emotionId, int intensity) {
        Map<String, Integer> copy = new LinkedHashMap<>(feelings);
        if (intensity <= 0) {
            copy.remove(emotionId);
        } else {
            copy.put(emotionId, intensity);
        }
        return new SenseAnswer(copy);
    }

    public int intensity(String emotionId) {
        return feelings.getOrDefault(emotionId, 0);
    }
}
