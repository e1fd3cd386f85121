package org.empathytrainer.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/** The feelings every case's step 2 offers, in display order. */
public record EmotionPalette(List<Emotion> emotions) {

    public EmotionPalette {
        emotions = Checks.nonEmpty(emotions, "emotions");
        Checks.uniqueIds(emotions, Emotion::id, "emotions");
    }

    public Optional<Emotion> find(String id) {
        return emotions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The group of each feeling that has one, by feeling id: feelings of one group are near-synonyms. */
    public Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        emotions.forEach(e -> e.groupIfAny().ifPresent(g -> groups.put(e.id(), g)));
        return groups;
    }

    static EmotionPalette read(JsonObjectReader node) {
        return new EmotionPalette(node.list("emotions", Emotion::read));
    }
}
