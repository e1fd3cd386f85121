package org.empathytrainer.content;

import java.util.List;
import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/**
 * Step 1: the learner retells the problem in the first person, then picks what matters most.
 *
 * @param retellingPrompt what to write ("Tell it as if it happened to you")
 * @param retellingHint   a start the learner may follow
 * @param concernPrompt   the question above the concerns
 */
public record PlaceActivity(
        String retellingPrompt, String retellingHint, String concernPrompt, List<Concern> concerns) {

    public PlaceActivity {
        Checks.text(retellingPrompt, "retellingPrompt");
        Checks.text(retellingHint, "retellingHint");
        Checks.text(concernPrompt, "concernPrompt");
        concerns = Checks.nonEmpty(concerns, "concerns");
        Checks.uniqueIds(concerns, Concern::id, "concerns");
        if (concerns.stream().noneMatch(c -> c.credit() == 1.0)) {
            throw new ContentException("concerns", "one concern must have credit 1 (the one that matters most)");
        }
    }

    /**
     * The concern that matters most: the first with full credit. Content may give full credit to more than one; the
     * first is the one every screen shows as the answer, so the learner and the room hear one answer.
     */
    public Concern bestConcern() {
        return concerns.stream().filter(c -> c.credit() == 1.0).findFirst().orElseThrow();
    }

    public Optional<Concern> concern(String id) {
        return concerns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    static PlaceActivity read(JsonObjectReader node) {
        return new PlaceActivity(
                node.text("retellingPrompt"),
                node.text("retellingHint"),
                node.text("concernPrompt"),
                node.list("concerns", Concern::read));
    }
}
