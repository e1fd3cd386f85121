package org.empathytrainer.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything the course offers, as loaded: the parts that loaded, and a problem for each file that did not.
 * A case is only listed when the method, the emotions palette and the tone phrases it relies on loaded too.
 */
public record Course(Method method, EmotionPalette emotions, TonePhrases tone, Story story, List<CustomerCase> cases,
                     List<ContentProblem> problems) {

    public Course {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    public Optional<Story> storyIfLoaded() {
        return Optional.ofNullable(story);
    }

    public Optional<CustomerCase> findCase(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
