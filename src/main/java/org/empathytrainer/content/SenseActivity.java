package org.empathytrainer.content;

import java.util.List;
import java.util.Optional;
import org.empathytrainer.json.JsonObjectReader;

/** Step 2: the learner picks, from the shared palette, the feelings the customer likely has and how strongly. */
public record SenseActivity(String prompt, List<ExpectedFeeling> feelings) {

    public SenseActivity {
        Checks.text(prompt, "prompt");
        feelings = Checks.nonEmpty(feelings, "feelings");
        Checks.uniqueIds(feelings, ExpectedFeeling::emotion, "feelings", "emotion");
    }

    public Optional<ExpectedFeeling> expected(String emotionId) {
        return feelings.stream().filter(f -> f.emotion().equals(emotionId)).findFirst();
    }

    static SenseActivity read(JsonObjectReader node) {
        return new SenseActivity(node.text("prompt"), node.list("feelings", ExpectedFeeling::read));
    }
}
