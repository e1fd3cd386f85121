package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/** The phrase lists behind the live tone check: empathy markers and pitfalls. */
public record TonePhrases(List<PhraseGroup> groups) {

    public TonePhrases {
        groups = Checks.nonEmpty(groups, "groups");
        Checks.uniqueIds(groups, PhraseGroup::id, "groups");
    }

    static TonePhrases read(JsonObjectReader node) {
        return new TonePhrases(node.list("groups", PhraseGroup::read));
    }
}
