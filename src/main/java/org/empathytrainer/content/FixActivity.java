package org.empathytrainer.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/**
 * Step 4: choose the next steps, put them in order, and write the commitment given to the customer.
 *
 * @param order            the helpful actions' ids in the best order; it names every helpful action once
 * @param commitmentPrompt what to write
 */
public record FixActivity(
        String choicePrompt, List<ActionOption> actions, List<String> order, String commitmentPrompt) {

    public FixActivity {
        Checks.text(choicePrompt, "choicePrompt");
        actions = Checks.nonEmpty(actions, "actions");
        Checks.uniqueIds(actions, ActionOption::id, "actions");
        order = Checks.nonEmpty(order, "order");
        Checks.text(commitmentPrompt, "commitmentPrompt");
        Set<String> helpful = actions.stream()
                .filter(ActionOption::helpful)
                .map(ActionOption::id)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            if (!helpful.contains(id)) {
                throw new ContentException("order[" + i + "]", "\"" + id + "\" is not the id of a helpful action");
            }
            if (!seen.add(id)) {
                throw new ContentException("order[" + i + "]", "\"" + id + "\" is listed twice");
            }
        }
        helpful.removeAll(seen);
        if (!helpful.isEmpty()) {
            throw new ContentException(
                    "order",
                    "must also list the helpful actions "
                            + helpful.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    public Optional<ActionOption> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    static FixActivity read(JsonObjectReader node) {
        return new FixActivity(
                node.text("choicePrompt"),
                node.list("actions", ActionOption::read),
                node.texts("order"),
                node.text("commitmentPrompt"));
    }
}
