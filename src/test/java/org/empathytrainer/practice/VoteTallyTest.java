package org.empathytrainer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTallyTest {
    private static final Ballot BALLOT = new Ballot(
            "c/discuss",
            "Case, Discuss",
            "What first?",
            List.of(new Ballot.Option("a", "A"), new Ballot.Option("b", "B"), new Ballot.Option("c", "C")),
            "b");
    private static final Ballot OTHER = new Ballot(
            "c/place",
            "Case, Place",
            "What matters?",
            List.of(new Ballot.Option("x", "X"), new Ballot.Option("y", "Y")),
            "x");

    @Test
    void votesAreCountedPerOptionAndPerBallot() {
        VoteTally tally =
                VoteTally.EMPTY.add(BALLOT, 2).add(BALLOT, 2).add(BALLOT, 3).add(OTHER, 1);

        assertThat(tally.counts(BALLOT)).containsExactly(0, 2, 1);
        assertThat(tally.counts(OTHER)).containsExactly(1, 0);
        assertThat(tally.total(BALLOT)).isEqualTo(3);
        assertThat(tally.ballots()).extracting(Ballot::id).containsExactly("c/discuss", "c/place");
    }

    @Test
    void takingAVoteBackNeverGoesBelowZero() {
        VoteTally tally = VoteTally.EMPTY
                .add(BALLOT, 1)
                .remove(BALLOT, 1)
                .remove(BALLOT, 1)
                .remove(BALLOT, 3);

        assertThat(tally.counts(BALLOT)).containsExactly(0, 0, 0);
        assertThat(tally.isEmpty()).isTrue();
    }

    @Test
    void aNumberWithoutAnOptionChangesNothing() {
        VoteTally tally = VoteTally.EMPTY.add(BALLOT, 4).add(BALLOT, 0);

        assertThat(tally).isSameAs(VoteTally.EMPTY);
        assertThat(tally.counts(BALLOT)).containsExactly(0, 0, 0);
    }

    @Test
    void theTallyIsImmutable() {
        VoteTally one = VoteTally.EMPTY.add(BALLOT, 1);
        one.add(BALLOT, 1);

        assertThat(one.counts(BALLOT)).containsExactly(1, 0, 0);
        assertThat(VoteTally.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void aBallotNeedsItsRightOptionAndAtMostNineOptions() {
        assertThat(BALLOT.rightNumber()).isEqualTo(2);
        assertThatThrownBy(() -> new Ballot("id", "t", "q", List.of(new Ballot.Option("a", "A")), "z"))
                .hasMessageContaining("right option z");
        List<Ballot.Option> ten = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new Ballot.Option("o" + i, "O" + i))
                .toList();
        assertThatThrownBy(() -> new Ballot("id", "t", "q", ten, "o1")).hasMessageContaining("not 10");
    }
}
