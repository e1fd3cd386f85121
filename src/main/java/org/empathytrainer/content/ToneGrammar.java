package org.empathytrainer.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.empathytrainer.json.JsonObjectReader;

/**
 * The words the tone check reads a reply's structure by, from tone.json.
 *
 * @param negations       words that put what follows in their clause into a negation ("not", "never", "nothing");
 *                        any word ending in "n't" counts too
 * @param negationReach   how many words before a phrase a negation still reaches
 * @param contrasts       words that cancel an apology before them in the same sentence ("but", "however")
 * @param acknowledgements ids of the groups that acknowledge the customer, so a fix after one is not fix-first
 * @param spellings       informal or mistyped words read as another ("im" as "i'm")
 * @param stopWords       common English words; a reply with too few of them is not read as English
 * @param otherLanguages  common words of other languages that are not English words; a reply with more of them
 *                        than of the English ones is not read as English
 * @param minEnglish      the share of stop words below which a reply of {@code minWords} words or more is not English
 * @param minWords        the fewest words a reply needs before the language is judged
 */
public record ToneGrammar(
        List<String> negations,
        int negationReach,
        List<String> contrasts,
        List<String> acknowledgements,
        Map<String, String> spellings,
        List<String> stopWords,
        List<String> otherLanguages,
        double minEnglish,
        int minWords) {
    public static final ToneGrammar NONE =
            new ToneGrammar(List.of(), 0, List.of(), List.of(), Map.of(), List.of(), List.of(), 0, 1);

    public ToneGrammar {
        negations = List.copyOf(negations);
        Checks.range(negationReach, 0, 10, "negationReach");
        contrasts = List.copyOf(contrasts);
        acknowledgements = List.copyOf(acknowledgements);
        spellings = Map.copyOf(spellings);
        stopWords = List.copyOf(stopWords);
        otherLanguages = List.copyOf(otherLanguages);
        Checks.range(minEnglish, 0, 1, "minEnglish");
        Checks.range(minWords, 1, 1000, "minWords");
    }

    static ToneGrammar read(JsonObjectReader node) {
        return new ToneGrammar(
                node.optionalTexts("negations"),
                node.has("negationReach") ? node.integer("negationReach") : 4,
                node.optionalTexts("contrasts"),
                node.optionalTexts("acknowledgements"),
                node.has("spellings") ? node.object("spellings", ToneGrammar::spellings) : Map.of(),
                node.optionalTexts("stopWords"),
                node.optionalTexts("otherLanguages"),
                node.has("minEnglish") ? node.number("minEnglish") : 0,
                node.has("minWords") ? node.integer("minWords") : 6);
    }

    private static Map<String, String> spellings(JsonObjectReader node) {
        Map<String, String> map = new TreeMap<>();
        for (String name : node.names()) {
            map.put(name.toLowerCase(java.util.Locale.ROOT), node.text(name).toLowerCase(java.util.Locale.ROOT));
        }
        return map;
    }
}
