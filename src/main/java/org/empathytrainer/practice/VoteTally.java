package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room's votes during one classroom session: for each ballot voted on, how many hands went up for each option.
 * Immutable; {@code add} and {@code remove} return a copy. Ballots keep the order in which they were first voted on.
 */
public final class VoteTally {
    public static final VoteTally EMPTY = new VoteTally(Map.of(), Map.of());

    private final Map<String, Ballot> ballots;
    private final Map<String, List<Integer>> counts;

    private VoteTally(Map<String, Ballot> ballots, Map<String, List<Integer>> counts) {
        this.ballots = Collections.unmodifiableMap(ballots);
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** One more vote for option {@code number} (1-based); unchanged when the ballot has no such option. */
    public VoteTally add(Ballot ballot, int number) {
        return change(ballot, number, 1);
    }

    /** One vote fewer for option {@code number}; never below zero. */
    public VoteTally remove(Ballot ballot, int number) {
        return change(ballot, number, -1);
    }

    /** No votes on {@code ballot}; unchanged when it has none. */
    public VoteTally clear(Ballot ballot) {
        if (total(ballot) == 0) {
            return this;
        }
        Map<String, List<Integer>> c = new LinkedHashMap<>(counts);
        c.put(ballot.id(), Collections.nCopies(ballot.options().size(), 0));
        return new VoteTally(ballots, c);
    }

    private VoteTally change(Ballot ballot, int number, int delta) {
        if (!ballot.hasNumber(number)) {
            return this;
        }
        List<Integer> now = new ArrayList<>(counts(ballot));
        int updated = Math.max(0, now.get(number - 1) + delta);
        if (updated == now.get(number - 1)) {
            return this;
        }
        now.set(number - 1, updated);
        Map<String, Ballot> b = new LinkedHashMap<>(ballots);
        b.put(ballot.id(), ballot);
        Map<String, List<Integer>> c = new LinkedHashMap<>(counts);
        c.put(ballot.id(), List.copyOf(now));
        return new VoteTally(b, c);
    }

    /** The votes per option of {@code ballot}, in option order; zeros when nobody has voted. */
    public List<Integer> counts(Ballot ballot) {
        List<Integer> known = counts.get(ballot.id());
        return known != null ? known : Collections.nCopies(ballot.options().size(), 0);
    }

    public int total(Ballot ballot) {
        return counts(ballot).stream().mapToInt(Integer::intValue).sum();
    }

    /** Ballots with at least one vote cast at some point, in the order first voted on. */
    public List<Ballot> ballots() {
        return List.copyOf(ballots.values());
    }

    public boolean isEmpty() {
        return counts.values().stream().flatMap(List::stream).allMatch(n -> n == 0);
    }
}
