package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.StrictJson;

/**
 * Loads the course from a content source. Each file is read on its own: a broken file becomes a
 * {@link ContentProblem} naming the file, the field and what is wrong, and the other files still load.
 * The index {@value #INDEX} names the files and gives the course order.
 */
public final class ContentRepository {
    public static final String INDEX = "course.json";

    private final ContentSource source;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentRepository(ContentSource source) {
        this.source = source;
    }

    public static Course load(ContentSource source) {
        return new ContentRepository(source).loadCourse();
    }

    private Course loadCourse() {
        CourseIndex index = read(INDEX, CourseIndex::read);
        if (index == null) {
            return new Course(null, null, null, null, List.of(), problems);
        }
        Method method = read(index.method(), Method::read);
        EmotionPalette emotions = read(index.emotions(), EmotionPalette::read);
        TonePhrases tone = read(index.tone(), TonePhrases::read);
        Story story = read(index.story(), Story::read);
        List<CustomerCase> cases = new ArrayList<>();
        Map<String, String> fileOfCase = new HashMap<>();
        for (String file : index.cases()) {
            CustomerCase c = read(file, CustomerCase::read);
            if (c == null || emotions != null && !knowsEmotions(file, c, emotions)) {
                continue;
            }
            String earlier = fileOfCase.putIfAbsent(c.id(), file);
            if (earlier != null) {
                problems.add(new ContentProblem(file, "id", "\"" + c.id() + "\" is already the id of the case in "
                        + earlier));
            } else if (method != null && emotions != null && tone != null) {
                cases.add(c);
            }
        }
        if (!index.cases().isEmpty() && cases.isEmpty() && (method == null || emotions == null || tone == null)) {
            problems.add(new ContentProblem(INDEX, "cases",
                    "no case can be shown until the method, the emotions and the tone phrases load"));
        }
        return new Course(method, emotions, tone, story, cases, problems);
    }

    private boolean knowsEmotions(String file, CustomerCase c, EmotionPalette emotions) {
        List<ExpectedFeeling> feelings = c.sense().feelings();
        for (int i = 0; i < feelings.size(); i++) {
            if (emotions.find(feelings.get(i).emotion()).isEmpty()) {
                problems.add(new ContentProblem(file, "sense.feelings[" + i + "].emotion",
                        "\"" + feelings.get(i).emotion() + "\" is not in the emotions palette"));
                return false;
            }
        }
        return true;
    }

    /** Reads one file into a record, or records the problem and returns null. */
    private <T> T read(String file, Function<Node, T> reader) {
        try (InputStream in = source.open(file);
             Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return reader.apply(Node.root(StrictJson.parse(text)));
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(file, "", "the file is missing from " + source.description()));
        } catch (IOException e) {
            problems.add(new ContentProblem(file, "", "cannot be read: " + e.getMessage()));
        } catch (InvalidJsonException e) {
            problems.add(new ContentProblem(file, "", "is not valid JSON: " + e.getMessage()));
        } catch (ContentException e) {
            problems.add(new ContentProblem(file, e.field(), e.problem()));
        }
        return null;
    }
}
