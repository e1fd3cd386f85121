package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Step 4: the actions chosen, in the learner's order, the commitment they wrote, and their self-check ticks. */
public record FixAnswer(List<String> actions, String commitment, Set<String> selfChecks) {
    public static final FixAnswer EMPTY = new FixAnswer(List.of(), "", Set.of());

    public FixAnswer {
        actions = List.copyOf(actions == null ? List.of() : actions);
        commitment = commitment == null ? "" : commitment;
        selfChecks = Set.copyOf(selfChecks == null ? Set.of() : selfChecks);
    }

    public Optional<Blocker> blocker() {
        if (actions.isEmpty()) {
            return Optional.of(Blocker.ACTION_MISSING);
        }
        if (TextLimits.blank(commitment)) {
            return Optional.of(Blocker.COMMITMENT_MISSING);
        }
        return TextLimits.tooLong(commitment) ? Optional.of(Blocker.TEXT_TOO_LONG) : Optional.empty();
    }

    /** Adds an action at the end of the order, or removes it. */
    public FixAnswer toggle(String actionId, boolean chosen) {
        List<String> copy = new ArrayList<>(actions);
        copy.remove(actionId);
        if (chosen) {
            copy.add(actionId);
        }
        return new FixAnswer(copy, commitment, selfChecks);
    }

    /** Moves a chosen action one place up ({@code -1}) or down ({@code +1}); out of range does nothing. */
    public FixAnswer move(String actionId, int delta) {
        int from = actions.indexOf(actionId);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= actions.size()) {
            return this;
        }
        List<String> copy = new ArrayList<>(actions);
        copy.remove(from);
        copy.add(to, actionId);
        return new FixAnswer(copy, commitment, selfChecks);
    }

    public FixAnswer withCommitment(String text) {
        return new FixAnswer(actions, text, selfChecks);
    }

    public FixAnswer withSelfChecks(Set<String> ticked) {
        return new FixAnswer(actions, commitment, ticked);
    }
}
