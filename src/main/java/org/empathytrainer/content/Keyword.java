package org.empathytrainer.content;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/** An enum whose constants are written in content files by a fixed word. */
public interface Keyword {
    String id();

    /** Reads field {@code name} as one of {@code values}, or says which words are allowed. */
    static <E extends Keyword> E read(JsonObjectReader node, String name, E[] values) {
        String id = node.text(name);
        return Arrays.stream(values)
                .filter(v -> v.id().equals(id))
                .findFirst()
                .orElseThrow(() -> node.problem(
                        name,
                        "\"" + id + "\" is not one of "
                                + Arrays.stream(values).map(Keyword::id).collect(Collectors.joining(", "))));
    }
}
