package org.empathytrainer.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.SenseActivity;

/**
 * How the feelings a learner picked in step 2 meet the case's key. Each expected feeling is met by itself when
 * picked, or else by one picked near-synonym (a feeling of the same palette group that the key does not list),
 * which earns {@value Scoring#NEAR_SYNONYM_SHARE} of what the feeling itself would. A near-synonym stands in for
 * one expected feeling only, the heaviest one it can; every pick left over is an extra.
 */
public final class SenseMatch {
    private final SenseActivity activity;
    private final SenseAnswer answer;
    private final Map<String, String> pickFor = new LinkedHashMap<>();
    private final List<String> extras = new ArrayList<>();

    private SenseMatch(SenseActivity activity, SenseAnswer answer) {
        this.activity = activity;
        this.answer = answer;
        List<String> spare = new ArrayList<>();
        for (String picked : answer.feelings().keySet()) {
            if (activity.expected(picked).isPresent()) {
                pickFor.put(picked, picked);
            } else {
                spare.add(picked);
            }
        }
        List<ExpectedFeeling> unmet = new ArrayList<>(activity.feelings());
        unmet.removeIf(f -> pickFor.containsKey(f.emotion()));
        unmet.sort(Comparator.comparingDouble(ExpectedFeeling::weight).reversed());
        for (ExpectedFeeling f : unmet) {
            spare.stream()
                    .filter(p -> activity.near(p, f.emotion()))
                    .max(Comparator.comparingDouble(p -> Scoring.feelingCredit(f, answer.intensity(p))))
                    .ifPresent(p -> {
                        pickFor.put(f.emotion(), p);
                        spare.remove(p);
                    });
        }
        extras.addAll(spare);
    }

    public static SenseMatch of(SenseActivity activity, SenseAnswer answer) {
        return new SenseMatch(activity, answer);
    }

    /** The feeling picked for {@code expected}: itself, a near-synonym standing in for it, or none. */
    public Optional<String> pickFor(ExpectedFeeling expected) {
        return Optional.ofNullable(pickFor.get(expected.emotion()));
    }

    /** Whether {@code expected} was met by a near-synonym rather than by itself. */
    public boolean metByNearSynonym(ExpectedFeeling expected) {
        return pickFor(expected).filter(p -> !p.equals(expected.emotion())).isPresent();
    }

    /** The credit {@code expected} earns, from 0 to 1, before its weight. */
    public double credit(ExpectedFeeling expected) {
        return pickFor(expected)
                .map(p -> Scoring.feelingCredit(expected, answer.intensity(p))
                        * (p.equals(expected.emotion()) ? 1 : Scoring.NEAR_SYNONYM_SHARE))
                .orElse(0.0);
    }

    /** The picks that meet no expected feeling, each of which costs {@value Scoring#EXTRA_FEELING_PENALTY}. */
    public List<String> extras() {
        return List.copyOf(extras);
    }

    /** The step's score, from 0 to 1. */
    public double score() {
        double total = 0;
        double earned = 0;
        for (ExpectedFeeling f : activity.feelings()) {
            total += f.weight();
            earned += f.weight() * credit(f);
        }
        return Math.max(0, Math.min(1, earned / total - Scoring.EXTRA_FEELING_PENALTY * extras.size()));
    }
}
