package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.empathytrainer.content.PhraseGroup;
import org.empathytrainer.content.TonePhrases;
import org.junit.jupiter.api.Test;

class ToneCheckTest {
    private static final PhraseGroup UNDERSTANDING = new PhraseGroup(
            "understanding",
            false,
            "Understanding",
            "You show you understand.",
            List.of("I understand", "I'm sorry", "that must be"));
    private static final PhraseGroup DISMISSING = new PhraseGroup(
            "dismissing",
            true,
            "Dismissing",
            "This makes the problem sound small.",
            List.of("just", "calm down", "I’m sorry you feel that way"));
    private static final PhraseGroup POLICY =
            new PhraseGroup("policy", true, "Policy", "Hiding behind rules.", List.of("our policy"));

    private final ToneCheck check = new ToneCheck(new TonePhrases(List.of(UNDERSTANDING, DISMISSING, POLICY)));

    /** Each match as the text it covers in the original, with its group. */
    private List<String> found(String text) {
        return check.check(text).stream()
                .map(m -> text.substring(m.start(), m.end()) + " @" + m.group().id())
                .collect(Collectors.toList());
    }

    @Test
    void findsMarkersAndPitfallsIgnoringCase() {
        String text = "i UNDERSTAND. Please Calm Down, it is OUR POLICY.";

        assertThat(found(text))
                .containsExactly("i UNDERSTAND @understanding", "Calm Down @dismissing", "OUR POLICY @policy");
        assertThat(check.check(text)).extracting(ToneMatch::pitfall).containsExactly(false, true, true);
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(found("Justice matters, and I will adjust it.")).isEmpty();
        assertThat(found("It is justly done.")).isEmpty();
        assertThat(found("It is just a parcel.")).containsExactly("just @dismissing");
        assertThat(found("Just wait.")).containsExactly("Just @dismissing");
    }

    @Test
    void matchesAtTheEdgesOfTheTextAndBesidePunctuation() {
        assertThat(found("just")).containsExactly("just @dismissing");
        assertThat(found("(just)")).containsExactly("just @dismissing");
        assertThat(found("I understand!")).containsExactly("I understand @understanding");
    }

    @Test
    void curlyApostrophesInTheTextMatchStraightOnesInThePhrase() {
        assertThat(found("I’m sorry about the wait.")).containsExactly("I’m sorry @understanding");
        assertThat(found("I‘m sorry about the wait.")).containsExactly("I‘m sorry @understanding");
    }

    @Test
    void straightApostrophesInTheTextMatchCurlyOnesInThePhrase() {
        assertThat(found("Well, I'm sorry you feel that way."))
                .containsExactly("I'm sorry you feel that way @dismissing");
    }

    @Test
    void overlappingPhrasesKeepOnlyTheLongest() {
        List<ToneMatch> matches = check.check("I’m sorry you feel that way.");

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.group()).isEqualTo(DISMISSING);
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo("I’m sorry you feel that way".length());
        });
    }

    @Test
    void positionsIndexTheOriginalTextInReadingOrder() {
        String text = "Oh – I’m sorry, that must be hard; just give me a moment.";

        List<ToneMatch> matches = check.check(text);

        assertThat(matches)
                .extracting(ToneMatch::start)
                .containsExactly(text.indexOf("I’m"), text.indexOf("that must"), text.indexOf("just"));
        assertThat(found(text))
                .containsExactly("I’m sorry @understanding", "that must be @understanding", "just @dismissing");
    }

    @Test
    void aPhraseRepeatedIsFoundEachTime() {
        assertThat(found("Just this, just that.")).containsExactly("Just @dismissing", "just @dismissing");
    }

    @Test
    void nothingIsFoundInEmptyOrMissingText() {
        assertThat(check.check("")).isEmpty();
        assertThat(check.check(null)).isEmpty();
    }

    @Test
    void withoutLoadedPhrasesTheCheckFindsNothing() {
        assertThat(ToneCheck.of(null).check("Just calm down, I understand.")).isEmpty();
        assertThat(ToneCheck.of(new TonePhrases(List.of(DISMISSING))).check("Just wait."))
                .hasSize(1);
    }

    @Test
    void aWordAfterAnApostropheIsNotAWholeWord() {
        // The tail of a contraction is not a word of its own.
        ToneCheck tail = new ToneCheck(new TonePhrases(List.of(new PhraseGroup("t", true, "T", "T", List.of("t")))));

        assertThat(tail.check("I don't know")).isEmpty();
    }
}
