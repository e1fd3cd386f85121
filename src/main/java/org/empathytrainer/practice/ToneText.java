package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reply cut into words, each knowing its sentence and clause, for the tone check. Words are runs of letters and
 * digits with inner apostrophes; sentences end at {@code . ! ?} and line breaks; clauses also at {@code , ; : ( )}
 * and dashes. Words are compared lower-cased, typographic apostrophes as plain ones, informal spellings ("im") read
 * as the grammar's {@code spellings} say. One pass over the text.
 */
final class ToneText {
    /** A word of the reply: where it is in the original text, how it reads, and where it stands. */
    record Word(int start, int end, String norm, boolean capitals, int letters, int sentence, int clause) {}

    /** A sentence: its words {@code from} (inclusive) to {@code to}, and the text it spans, its mark included. */
    record Sentence(int from, int to, int start, int end, boolean question) {}

    final String text;
    final List<Word> words = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();

    ToneText(String text, Map<String, String> spellings) {
        this.text = text == null ? "" : text;
        int sentence = 0;
        int clause = 0;
        int sentenceFrom = 0;
        int sentenceStart = -1;
        int n = this.text.length();
        int i = 0;
        while (i < n) {
            char c = this.text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                int letters = 0;
                boolean lower = false;
                while (i < n) {
                    char d = this.text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        if (Character.isLetter(d)) {
                            letters++;
                            lower |= !Character.isUpperCase(d);
                        }
                        i++;
                    } else if (apostrophe(d) && i + 1 < n && Character.isLetter(this.text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String norm = this.text
                        .substring(start, i)
                        .toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'')
                        .replace('\u2018', '\'');
                norm = spellings.getOrDefault(norm, norm);
                if (sentenceStart < 0) {
                    sentenceStart = start;
                }
                words.add(new Word(start, i, norm, letters >= 2 && !lower, letters, sentence, clause));
                continue;
            }
            boolean digitsAround = i > 0
                    && i + 1 < n
                    && Character.isDigit(this.text.charAt(i - 1))
                    && Character.isDigit(this.text.charAt(i + 1));
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && !digitsAround) {
                int end = i + 1;
                while (end < n && ".!?".indexOf(this.text.charAt(end)) >= 0) {
                    end++;
                }
                if (words.size() > sentenceFrom) {
                    sentences.add(new Sentence(
                            sentenceFrom,
                            words.size(),
                            sentenceStart,
                            end,
                            this.text.substring(i, end).contains("?")));
                    sentence++;
                    sentenceFrom = words.size();
                    sentenceStart = -1;
                }
                clause++;
                i = end;
                continue;
            }
            if (",;:()\u2014\u2013".indexOf(c) >= 0 || (c == '-' && i > 0 && this.text.charAt(i - 1) == ' ')) {
                clause++;
            }
            i++;
        }
        if (words.size() > sentenceFrom) {
            sentences.add(new Sentence(sentenceFrom, words.size(), sentenceStart, n, false));
        }
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    Word word(int i) {
        return words.get(i);
    }

    int size() {
        return words.size();
    }

    Sentence sentenceOf(int wordIndex) {
        return sentences.get(words.get(wordIndex).sentence());
    }

    /** The words of a phrase as the check compares them; a phrase is cut the way a reply is. */
    static List<String> words(String phrase, Map<String, String> spellings) {
        ToneText t = new ToneText(phrase, spellings);
        List<String> out = new ArrayList<>(t.words.size());
        for (Word w : t.words) {
            out.add(w.norm());
        }
        return out;
    }
}
