package org.empathytrainer.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/**
 * Step 2: the learner picks, from the shared palette, the feelings the customer likely has and how strongly.
 *
 * @param groups the palette's groups of near-synonyms, by feeling id; empty until the case joins a course
 */
public record SenseActivity(String prompt, List<ExpectedFeeling> feelings, Map<String, String> groups) {

    public SenseActivity {
        Checks.text(prompt, "prompt");
        feelings = Checks.nonEmpty(feelings, "feelings");
        Checks.uniqueIds(feelings, ExpectedFeeling::emotion, "feelings", "emotion");
        groups = Map.copyOf(groups);
    }

    public SenseActivity(String prompt, List<ExpectedFeeling> feelings) {
        this(prompt, feelings, Map.of());
    }

    public Optional<ExpectedFeeling> expected(String emotionId) {
        return feelings.stream().filter(f -> f.emotion().equals(emotionId)).findFirst();
    }

    /** Whether two different feelings are near-synonyms: both in the same group of the palette. */
    public boolean near(String emotionId, String otherId) {
        String group = groups.get(emotionId);
        return group != null && !emotionId.equals(otherId) && Objects.equals(group, groups.get(otherId));
    }

    /** The expected feelings {@code emotionId} is a near-synonym of, in the key's order. */
    public List<ExpectedFeeling> nearExpected(String emotionId) {
        return feelings.stream().filter(f -> near(emotionId, f.emotion())).collect(Collectors.toList());
    }

    public SenseActivity withGroups(Map<String, String> palette) {
        return new SenseActivity(prompt, feelings, palette);
    }

    static SenseActivity read(JsonObjectReader node) {
        return new SenseActivity(node.text("prompt"), node.list("feelings", ExpectedFeeling::read));
    }
}
