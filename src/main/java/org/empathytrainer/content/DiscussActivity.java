package org.empathytrainer.content;

import java.util.List;
import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/**
 * Step 3: choose the best acknowledgement among realistic options, then write one's own.
 *
 * @param choicePrompt the question above the options
 * @param writePrompt  what to write in one's own words
 */
public record DiscussActivity(String choicePrompt, List<AckOption> options, String writePrompt) {

    public DiscussActivity {
        Checks.text(choicePrompt, "choicePrompt");
        options = Checks.nonEmpty(options, "options");
        Checks.uniqueIds(options, AckOption::id, "options");
        long best = options.stream().filter(AckOption::best).count();
        if (best != 1) {
            throw new ContentException("options", "exactly one option must be of kind \"best\", found " + best);
        }
        Checks.text(writePrompt, "writePrompt");
    }

    public AckOption bestOption() {
        return options.stream().filter(AckOption::best).findFirst().orElseThrow();
    }

    public Optional<AckOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    static DiscussActivity read(JsonObjectReader node) {
        return new DiscussActivity(
                node.text("choicePrompt"), node.list("options", AckOption::read), node.text("writePrompt"));
    }
}
