package org.empathytrainer.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/** The phrase lists and reading rules behind the live tone check: empathy markers and pitfalls. */
public record TonePhrases(ToneGrammar grammar, List<PhraseGroup> groups) {

    public TonePhrases {
        grammar = grammar == null ? ToneGrammar.NONE : grammar;
        groups = Checks.nonEmpty(groups, "groups");
        Checks.uniqueIds(groups, PhraseGroup::id, "groups");
        Set<String> ids = groups.stream().map(PhraseGroup::id).collect(Collectors.toSet());
        for (int i = 0; i < groups.size(); i++) {
            String target = groups.get(i).whenNegated();
            if (!target.equals("drop") && !target.equals("keep") && !ids.contains(target)) {
                throw new ContentException(
                        "groups[" + i + "].whenNegated", "\"" + target + "\" is not the id of a group");
            }
        }
        for (int i = 0; i < grammar.acknowledgements().size(); i++) {
            if (!ids.contains(grammar.acknowledgements().get(i))) {
                throw new ContentException(
                        "acknowledgements[" + i + "]",
                        "\"" + grammar.acknowledgements().get(i) + "\" is not the id of a group");
            }
        }
    }

    /** Plain phrase groups with no reading rules, as before the grammar existed. */
    public TonePhrases(List<PhraseGroup> groups) {
        this(ToneGrammar.NONE, groups);
    }

    static TonePhrases read(JsonObjectReader node) {
        return new TonePhrases(ToneGrammar.read(node), node.list("groups", PhraseGroup::read));
    }
}
