package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the course offers, as loaded: the parts that loaded, and a problem for each file that did not.
 * A case is only listed when the method, the emotions palette and the tone phrases it relies on loaded too.
 */
public record Course(
        Method method,
        EmotionPalette emotions,
        TonePhrases tone,
        Story story,
        List<CustomerCase> cases,
        List<ContentProblem> problems,
        Map<String, CaseOrigin> origins) {

    public Course {
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
        origins = Map.copyOf(origins);
    }

    public Optional<Story> storyIfLoaded() {
        return Optional.ofNullable(story);
    }

    public Optional<CustomerCase> findCase(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Opens the picture of a case that has one; the loader has checked it lies inside the case's folder. */
    public InputStream openImage(CustomerCase c) throws IOException {
        CaseOrigin origin = origins.get(c.id());
        if (origin == null || c.image() == null) {
            throw new IOException("case " + c.id() + " has no picture");
        }
        return origin.source()
                .open(ContentSource.imagePath(origin.file(), c.image().file()));
    }
}
