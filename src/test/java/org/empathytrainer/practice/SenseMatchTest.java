package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.SenseActivity;
import org.junit.jupiter.api.Test;

/**
 * Near-synonyms in step 2: a key expecting panic (weight 1, strongly) and anger (weight 0.5, clearly), with a palette
 * whose groups are worry (panic, anxiety, fear) and anger (anger, frustration, impatience). Values are written as
 * the sums they come from.
 */
class SenseMatchTest {
    private static final Offset<Double> EXACT = within(1e-9);
    private static final double TOTAL_WEIGHT = 1.5;

    private final ExpectedFeeling panic = new ExpectedFeeling("panic", 3, 1.0, "She talks fast.");
    private final ExpectedFeeling anger = new ExpectedFeeling("anger", 2, 0.5, "He is sharp.");
    private final SenseActivity key = new SenseActivity(
            "Which feelings?",
            List.of(panic, anger),
            Map.of(
                    "panic", "worry",
                    "anxiety", "worry",
                    "fear", "worry",
                    "anger", "anger",
                    "frustration", "anger",
                    "impatience", "anger"));

    private static SenseAnswer picked(Object... idsAndIntensities) {
        Map<String, Integer> picks = new LinkedHashMap<>();
        for (int i = 0; i < idsAndIntensities.length; i += 2) {
            picks.put((String) idsAndIntensities[i], (Integer) idsAndIntensities[i + 1]);
        }
        return new SenseAnswer(picks);
    }

    @Test
    void aNearSynonymEarnsHalfTheCreditOfTheFeelingItStandsFor() {
        SenseMatch match = SenseMatch.of(key, picked("anxiety", 3, "anger", 2));

        assertThat(match.pickFor(panic)).contains("anxiety");
        assertThat(match.metByNearSynonym(panic)).isTrue();
        assertThat(match.credit(panic)).isEqualTo(Scoring.NEAR_SYNONYM_SHARE);
        assertThat(match.extras()).isEmpty();
        assertThat(match.score()).isCloseTo((1 * 0.5 + 0.5 * 1) / TOTAL_WEIGHT, EXACT);
    }

    @Test
    void aNearSynonymAtTheWrongStrengthLosesAsTheFeelingItselfWould() {
        // Impatience clearly-minus-one for anger (expected clearly): half for the strength, half for the near word.
        SenseMatch match = SenseMatch.of(key, picked("panic", 3, "impatience", 1));

        assertThat(match.credit(anger)).isEqualTo(0.5 * Scoring.NEAR_SYNONYM_SHARE);
        assertThat(match.score()).isCloseTo((1 + 0.5 * 0.25) / TOTAL_WEIGHT, EXACT);
    }

    @Test
    void aFeelingFromAnotherGroupIsStillAnExtraThatCostsThePenalty() {
        SenseMatch match = SenseMatch.of(key, picked("panic", 3, "anger", 2, "relief", 1));

        assertThat(match.extras()).containsExactly("relief");
        assertThat(match.score()).isCloseTo(1 - Scoring.EXTRA_FEELING_PENALTY, EXACT);
        assertThat(Scoring.extraFeelings(key, picked("panic", 3, "relief", 1))).containsExactly("relief");
    }

    @Test
    void aNearSynonymOfAFeelingAlreadyPickedEarnsNothingAndCostsThePenalty() {
        // Panic is met by itself, so fear stands in for nothing: picking the whole group is not a way round the key.
        SenseMatch match = SenseMatch.of(key, picked("panic", 3, "fear", 3, "anger", 2));

        assertThat(match.pickFor(panic)).contains("panic");
        assertThat(match.extras()).containsExactly("fear");
        assertThat(match.score()).isCloseTo(1 - Scoring.EXTRA_FEELING_PENALTY, EXACT);
    }

    @Test
    void oneNearSynonymStandsInForOneFeelingOnlyTheHeaviest() {
        SenseActivity twoWorries = new SenseActivity(
                "Which feelings?",
                List.of(new ExpectedFeeling("fear", 2, 0.4, "Asks twice."), panic),
                Map.of("panic", "worry", "anxiety", "worry", "fear", "worry"));
        SenseMatch match = SenseMatch.of(twoWorries, picked("anxiety", 3));

        assertThat(match.pickFor(panic)).contains("anxiety");
        assertThat(match.pickFor(twoWorries.feelings().get(0))).isEmpty();
        assertThat(match.score()).isCloseTo(1 * 0.5 / 1.4, EXACT);
    }

    @Test
    void withoutGroupsANearSynonymIsAnExtraAsBefore() {
        SenseActivity plain = new SenseActivity("Which feelings?", List.of(panic, anger));

        assertThat(SenseMatch.of(plain, picked("anxiety", 3)).extras()).containsExactly("anxiety");
        assertThat(SenseMatch.of(plain, picked("anxiety", 3)).score()).isZero();
    }
}
