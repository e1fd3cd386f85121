package org.empathytrainer.content;

import java.util.List;

/** The phrase lists behind the live tone check: empathy markers and pitfalls. */
public record TonePhrases(List<PhraseGroup> groups) {

    public TonePhrases {
        groups = Checks.nonEmpty(groups, "groups");
        Checks.uniqueIds(groups, PhraseGroup::id, "groups");
    }

    static TonePhrases read(Node node) {
        return new TonePhrases(node.list("groups", PhraseGroup::read));
    }
}
