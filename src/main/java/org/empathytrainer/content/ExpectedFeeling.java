package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/**
 * A feeling the customer in a case is likely to have.
 *
 * @param emotion   an id from the emotions palette
 * @param intensity how strongly: 1 a little, 2 clearly, 3 strongly
 * @param weight    how much it counts towards the step's score, above 0 and at most 1
 * @param why       what in the case makes the customer feel it
 */
public record ExpectedFeeling(String emotion, int intensity, double weight, String why) {
    public static final int MIN_INTENSITY = 1;
    public static final int MAX_INTENSITY = 3;

    public ExpectedFeeling {
        Checks.id(emotion, "emotion");
        Checks.range(intensity, MIN_INTENSITY, MAX_INTENSITY, "intensity");
        if (weight <= 0 || weight > 1) {
            throw new ContentException("weight", "must be above 0 and at most 1, not " + weight);
        }
        Checks.text(why, "why");
    }

    static ExpectedFeeling read(JsonObjectReader node) {
        return new ExpectedFeeling(
                node.text("emotion"), node.integer("intensity"), node.number("weight"), node.text("why"));
    }
}
