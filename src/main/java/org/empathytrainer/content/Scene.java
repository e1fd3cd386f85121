package org.empathytrainer.content;

import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/**
 * One scene of the story, tied to the step of the method it shows.
 *
 * @param trainerNote (optional) for a trainer presenting the story: what to ask the room at this scene; shown only in
 *                    the presenter window
 */
public record Scene(String id, Step step, String title, String text, Optional<String> trainerNote) {

    public Scene {
        Checks.id(id, "id");
        Checks.text(title, "title");
        Checks.text(text, "text");
        trainerNote = trainerNote == null ? Optional.empty() : trainerNote;
        trainerNote.ifPresent(note -> Checks.text(note, "trainerNote"));
    }

    public Scene(String id, Step step, String title, String text) {
        this(id, step, title, text, Optional.empty());
    }

    static Scene read(JsonObjectReader node) {
        return new Scene(
                node.text("id"),
                Keyword.read(node, "step", Step.values()),
                node.text("title"),
                node.text("text"),
                node.optionalText("trainerNote"));
    }
}
