package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.junit.jupiter.api.Test;

/** The shipped tone check reads structure, not only phrases: negation, contrast, order, capitals, the case. */
class ToneReadingTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.builtIn());
    private static final ToneCheck CHECK = ToneCheck.forCourse(COURSE);
    private static final ToneFacts PORCH =
            COURSE.findCase("porch-parcel").orElseThrow().toneFacts();

    private static ToneReport read(String text, Step step) {
        return CHECK.report(text, PORCH, step);
    }

    /** Each finding as "text @group". */
    private static List<String> found(String text, Step step) {
        return read(text, step).findings().stream()
                .map(m -> text.substring(m.start(), m.end()) + " @" + m.group().id())
                .collect(Collectors.toList());
    }

    @Test
    void anApologyCancelledByButIsAPitfallAndNotAlsoAMarker() {
        List<String> found = found("I'm sorry for your loss, but the balance still needs to be paid.", Step.DISCUSS);

        assertThat(found).contains("I'm sorry for your loss, but @but-cancelled");
        assertThat(read("I'm sorry for your loss, but the balance still needs to be paid.", Step.DISCUSS)
                        .markers())
                .isEmpty();
    }

    @Test
    void theRewriteOfAButCancelledApologyUsesTheLearnersOwnWords() {
        ToneMatch m = read("I'm sorry, but the tracking shows it arrived.", Step.DISCUSS).findings().stream()
                .filter(f -> f.group().id().equals("but-cancelled"))
                .findFirst()
                .orElseThrow();

        assertThat(m.tryInstead()).isEqualTo("I'm sorry and the tracking shows it arrived.");
    }

    @Test
    void aSentenceWithSeveralPitfallsGetsOneSuggestionFreeOfThemAll() {
        String reply = "I'm sorry, but it's just a parcel, AS I SAID.";
        List<ToneMatch> findings = read(reply, Step.DISCUSS).findings();
        List<String> suggestions = findings.stream()
                .map(ToneMatch::tryInstead)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toList());

        assertThat(findings.stream().filter(f -> f.group().pitfall()).count()).isGreaterThan(2);
        assertThat(suggestions).hasSize(1);
        assertThat(read(suggestions.get(0), Step.DISCUSS).findings())
                .as("pitfalls in the suggestion \"%s\"", suggestions.get(0))
                .noneMatch(f -> f.group().pitfall());
    }

    @Test
    void aDroppedPhraseLeavesATidySentence() {
        ToneMatch m = read("I'm here to help, as I said.", Step.FIX).findings().stream()
                .filter(f -> f.group().id().equals("passive-aggressive"))
                .findFirst()
                .orElseThrow();

        assertThat(m.tryInstead()).isEqualTo("I'm here to help.");
    }

    @Test
    void aNegatedBlameIsReassuranceNotBlame() {
        assertThat(found("None of this is your fault, and there's nothing more you should have done.", Step.DISCUSS))
                .noneMatch(f -> f.endsWith("@blaming"));
        assertThat(found("I won't say it's your fault.", Step.DISCUSS)).containsExactly("your fault @reassuring");
        assertThat(found("It's your fault.", Step.DISCUSS)).containsExactly("your fault @blaming");
    }

    @Test
    void aFixBeforeAnyAcknowledgementIsFixFirstInDiscussOnly() {
        String fix = "I've refunded the $189 and opened a trace with the carrier.";

        assertThat(found(fix, Step.DISCUSS)).contains("I've refunded @fix-first");
        assertThat(found(fix, Step.FIX)).noneMatch(f -> f.endsWith("@fix-first"));
        assertThat(found("I'm so sorry, Grace. I've refunded the $189.", Step.DISCUSS))
                .noneMatch(f -> f.endsWith("@fix-first"));
    }

    @Test
    void capitalsAreShoutingAndEarnNoPraise() {
        ToneReport r = read("I UNDERSTAND YOU'RE UPSET BUT THE PARCEL WAS DELIVERED.", Step.DISCUSS);

        assertThat(r.pitfalls()).extracting(m -> m.group().id()).contains("shouting", "but-cancelled");
        assertThat(r.markers()).isEmpty();
        assertThat(found("Your PIN and ID are safe.", Step.DISCUSS)).noneMatch(f -> f.endsWith("@shouting"));
    }

    @Test
    void aStockLineAloneIsHollowButNamingTheFeelingIsStronger() {
        assertThat(found("I understand your frustration.", Step.DISCUSS))
                .containsExactly("I understand your frustration @hollow");
        assertThat(found("I'm sorry you feel that way.", Step.DISCUSS))
                .singleElement()
                .asString()
                .endsWith("@hollow");
        assertThat(found("I can hear how worried you are.", Step.DISCUSS)).contains("worried @naming-feeling");
        assertThat(found("I understand.", Step.FIX)).singleElement().asString().endsWith("@hollow");
    }

    @Test
    void theCasesDetailsAreAMarkerAndItsRuledOutPromisesAPitfall() {
        assertThat(found("Grace, with the dinner on Saturday this must be worrying.", Step.DISCUSS))
                .contains("Grace @using-details", "dinner @using-details", "Saturday @using-details");
        assertThat(found("I'll make sure it arrives by Saturday.", Step.FIX))
                .contains("arrives by Saturday @promise-ruled-out");
        assertThat(found("I can't promise it arrives by Saturday.", Step.FIX))
                .noneMatch(f -> f.endsWith("@promise-ruled-out"));
        assertThat(CHECK.report("It arrives by Saturday.", ToneFacts.NONE, Step.FIX)
                        .findings())
                .isEmpty();
    }

    @Test
    void anInstructionToCallEmergencyServicesIsNotAPromise() {
        assertThat(found("If he struggles to breathe, call emergency services straight away.", Step.FIX))
                .noneMatch(f -> f.contains("promis"));
    }

    @Test
    void otherLanguagesAndLongTextAreSaidToBeUnread() {
        assertThat(read(
                                "Lo siento mucho, entiendo que esté preocupada por el paquete y lo vamos a buscar.",
                                Step.DISCUSS)
                        .status())
                .isEqualTo(ToneReport.Status.NOT_ENGLISH);
        assertThat(read("Lo siento, Grace. I can hear how worried you are about the watch.", Step.DISCUSS)
                        .status())
                .isEqualTo(ToneReport.Status.CHECKED);
        assertThat(read("a".repeat(TextLimits.MAX_ANSWER + 1), Step.DISCUSS).status())
                .isEqualTo(ToneReport.Status.TOO_LONG);
        assertThat(read("  ", Step.DISCUSS).status()).isEqualTo(ToneReport.Status.EMPTY);
    }

    @Test
    void informalSpellingIsReadAsMeant() {
        assertThat(found("im sorry but thats how it is", Step.DISCUSS)).contains("im sorry but @but-cancelled");
    }
}
