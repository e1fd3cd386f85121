package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/**
 * The illustrative story: scenes shown one at a time, then a reflection the learner writes.
 *
 * @param reflectionPrompt the question the learner answers at the end
 * @param reflectionHint   a nudge shown under the prompt
 */
public record Story(
        String id, String title, String summary, List<Scene> scenes, String reflectionPrompt, String reflectionHint) {

    public Story {
        Checks.id(id, "id");
        Checks.text(title, "title");
        Checks.text(summary, "summary");
        scenes = Checks.nonEmpty(scenes, "scenes");
        Checks.uniqueIds(scenes, Scene::id, "scenes");
        Checks.text(reflectionPrompt, "reflection.prompt");
        Checks.text(reflectionHint, "reflection.hint");
    }

    static Story read(JsonObjectReader node) {
        Reflection reflection = node.object("reflection", r -> new Reflection(r.text("prompt"), r.text("hint")));
        return new Story(
                node.text("id"),
                node.text("title"),
                node.text("summary"),
                node.list("scenes", Scene::read),
                reflection.prompt(),
                reflection.hint());
    }

    private record Reflection(String prompt, String hint) {}
}
