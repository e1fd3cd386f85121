package org.empathytrainer.content;

import java.util.List;
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

    static EmotionPalette read(JsonObjectReader node) {
        return new EmotionPalette(node.list("emotions", Emotion::read));
    }
}
