package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.json.JsonObjectReader;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the course lint with a course that breaks it and one that does not. The courses are built from the
 * fixture's late-refund case, with the Discuss options (and for one rule the Place concerns) replaced.
 */
class CourseLintTest {

    /** A case whose Discuss options are {@code kindsAndTexts}: kind, text, kind, text... */
    private static CustomerCase caseWith(String id, String... kindsAndTexts) {
        JsonObject json = ContentFixture.caseJson("cases/late-refund.json");
        json.addProperty("id", id);
        JsonArray options = new JsonArray();
        for (int i = 0; i < kindsAndTexts.length; i += 2) {
            JsonObject o = new JsonObject();
            o.addProperty("id", "option-" + i);
            o.addProperty("kind", kindsAndTexts[i]);
            o.addProperty("text", kindsAndTexts[i + 1]);
            o.addProperty("feedback", "Why.");
            options.add(o);
        }
        json.getAsJsonObject("discuss").add("options", options);
        return CustomerCase.read(JsonObjectReader.root(json));
    }

    private static List<String> rules(List<CustomerCase> cases) {
        return CourseLint.check(cases).stream().map(CourseLint.Warning::rule).toList();
    }

    @Test
    void theBestOptionLongestInMoreThanAThirdOfTheCasesIsReported() {
        List<CustomerCase> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(caseWith(
                    "long-" + i,
                    "best",
                    "Three weeks is a long wait when rent is due",
                    "defending",
                    "Refunds take thirty days"));
        }
        cases.add(caseWith("short", "best", "That is too long.", "defending", "Refunds take up to thirty days here"));

        List<CourseLint.Warning> warnings = CourseLint.check(cases);

        assertThat(warnings)
                .filteredOn(w -> w.rule().equals("longest-best-option"))
                .singleElement()
                .satisfies(w -> assertThat(w.cases()).containsExactly("long-0", "long-1", "long-2"))
                .satisfies(w -> assertThat(w.toString()).contains("in 3 of 4 cases"));
    }

    @Test
    void theBestOptionLongestInAThirdOfTheCasesIsFine() {
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Three weeks is a long wait for money", "defending", "Refunds take days"),
                caseWith("b", "best", "That is long.", "defending", "Refunds take thirty days, as the terms say"),
                caseWith("c", "best", "Your money, late again.", "blaming", "Next time ask for a receipt first"));

        assertThat(rules(cases)).doesNotContain("longest-best-option");
    }

    @Test
    void aConcernThatMattersMostBeingTheLongestIsCheckedToo() {
        // The fixture's best concern is the longest of its three, in every copy.
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Short.", "defending", "A bit longer here."),
                caseWith("b", "best", "Short.", "defending", "A bit longer here."),
                caseWith("c", "best", "Short.", "defending", "A bit longer here."));

        assertThat(rules(cases)).contains("longest-best-concern").doesNotContain("longest-best-option");
    }

    @Test
    void optionsOpeningWithTheSameThreeWordsInMoreThanHalfOfTheCasesAreReported() {
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Three weeks is long.", "scripted", "We apologise for the delay in this"),
                caseWith("b", "best", "Rent is due.", "scripted", "We apologise for any trouble caused"),
                caseWith("c", "best", "That hurts.", "dismissing", "It happens, it will come"));

        assertThat(CourseLint.check(cases))
                .filteredOn(w -> w.rule().equals("same-opening"))
                .singleElement()
                .satisfies(w -> assertThat(w.text()).contains("\"we apologise for\" in 2 of 3"));
    }

    @Test
    void anOpeningInHalfOfTheCasesIsFine() {
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Three weeks is long.", "scripted", "We apologise for the delay"),
                caseWith("b", "best", "Rent is due.", "scripted", "We apologise for any trouble"),
                caseWith("c", "best", "That hurts.", "dismissing", "It happens, it will come"),
                caseWith("d", "best", "Nobody called back.", "scripted", "Thank you for your patience"));

        assertThat(rules(cases)).doesNotContain("same-opening");
    }

    @Test
    void aPhraseThatGivesAMistakeKindAwayInMostCasesIsReported() {
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Three weeks is long.", "dismissing", "Oh, don't worry, it comes"),
                caseWith("b", "best", "Rent is due.", "dismissing", "Please don't worry about it"),
                caseWith("c", "best", "That hurts.", "dismissing", "Don't worry, we see this daily"),
                caseWith("d", "best", "Nobody called back.", "dismissing", "It will sort itself out"));

        assertThat(CourseLint.check(cases))
                .filteredOn(w -> w.rule().equals("giveaway-phrase"))
                .singleElement()
                .satisfies(
                        w -> assertThat(w.text()).contains("\"dismissing\" options say \"don't worry\" in 3 of the 4"))
                .satisfies(w -> assertThat(w.cases()).containsExactly("a", "b", "c"));
    }

    @Test
    void aPhraseABestOptionAlsoUsesOrFoundInHalfTheCasesOrLessGivesNothingAway() {
        List<CustomerCase> inBestToo = List.of(
                caseWith("a", "best", "Don't worry about the form, I'll do it.", "dismissing", "Don't worry, it comes"),
                caseWith("b", "best", "Rent is due.", "dismissing", "Please don't worry"),
                caseWith("c", "best", "That hurts.", "dismissing", "Don't worry, we see this daily"));
        List<CustomerCase> inHalf = List.of(
                caseWith("a", "best", "Three weeks is long.", "dismissing", "Oh, don't worry, it comes"),
                caseWith("b", "best", "Rent is due.", "dismissing", "Please don't worry about it"),
                caseWith("c", "best", "That hurts.", "dismissing", "It happens every day"),
                caseWith("d", "best", "Nobody called back.", "dismissing", "It will sort itself out"));

        assertThat(rules(inBestToo)).doesNotContain("giveaway-phrase");
        assertThat(rules(inHalf)).doesNotContain("giveaway-phrase");
    }

    @Test
    void aCourseOfFewerThanThreeCasesIsNotChecked() {
        List<CustomerCase> cases = List.of(
                caseWith("a", "best", "Three weeks is a long wait for money", "defending", "Refunds take days"),
                caseWith("b", "best", "Three weeks is a long wait for money", "defending", "Refunds take days"));

        assertThat(CourseLint.check(cases)).isEmpty();
    }

    @Test
    void phrasesAreRunsOfTwoOrThreeWordsWithOneOfFourLettersOrMore() {
        assertThat(CourseLint.phrases("I’m so sorry, Grace!"))
                .containsExactly("so sorry", "sorry grace", "i'm so sorry", "so sorry grace");
        assertThat(CourseLint.phrases("It is to me")).isEmpty();
    }
}
