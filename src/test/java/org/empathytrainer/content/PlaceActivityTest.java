package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceActivityTest {

    @Test
    void theBestConcernIsTheOneWithFullCreditWhereverItIsListed() {
        PlaceActivity place = place(concern("apology", 0.5), concern("money-back", 1.0), concern("speed", 0.0));

        assertThat(place.bestConcern().id()).isEqualTo("money-back");
    }

    @Test
    void ofTwoConcernsWithFullCreditTheFirstIsTheBest() {
        PlaceActivity place = place(concern("apology", 0.5), concern("believed", 1.0), concern("money-back", 1.0));

        assertThat(place.bestConcern().id()).isEqualTo("believed");
    }

    private static PlaceActivity place(Concern... concerns) {
        return new PlaceActivity(
                "Tell it as if it happened to you", "I ordered", "What matters most?", List.of(concerns));
    }

    private static Concern concern(String id, double credit) {
        return new Concern(id, "Text of " + id, credit, "Why " + id);
    }
}
