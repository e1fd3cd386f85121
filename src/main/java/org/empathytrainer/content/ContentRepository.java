package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.empathytrainer.json.DuplicateFieldException;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.JsonFieldException;
import org.empathytrainer.json.JsonObjectReader;

/**
 * Loads the course: the built-in content (or any folder holding a whole course, with its index {@value #INDEX}),
 * then the cases of any further folders, such as a trainer's own. Each file is read on its own: a broken file
 * becomes a {@link ContentProblem} naming the file, the field and what is wrong, and the other files still load.
 */
public final class ContentRepository {
    public static final String INDEX = "course.json";
    private static final System.Logger LOG = System.getLogger(ContentRepository.class.getName());

    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, CustomerCase> cases = new LinkedHashMap<>();
    private final Map<String, CaseOrigin> origins = new HashMap<>();
    private Method method;
    private EmotionPalette emotions;
    private TonePhrases tone;
    private Story story;

    private ContentRepository() {}

    public static Course load(ContentSource course) {
        return load(course, List.of());
    }

    /**
     * @param course     a whole course: index, method, palette, phrases, story and cases
     * @param extraCases folders of further cases; a folder with an index contributes the cases it lists, one
     *                   without contributes every JSON file at its top and one folder down
     */
    public static Course load(ContentSource course, List<ContentSource> extraCases) {
        ContentRepository repo = new ContentRepository();
        List<String> courseCases = repo.readCourse(course);
        repo.readCases(course, courseCases);
        for (ContentSource extra : extraCases) {
            repo.readCases(extra, repo.caseFilesOf(extra));
        }
        return repo.course(course);
    }

    /** Whether a folder holds a whole course (its index names a method), not just cases to add to one. */
    public static boolean holdsWholeCourse(ContentSource source) {
        if (!source.exists(INDEX)) {
            return false;
        }
        try (InputStream in = source.open(INDEX)) {
            var root = ContentText.parse(in);
            return root.isJsonObject() && root.getAsJsonObject().has("method");
        } catch (IOException | RuntimeException e) {
            // Read as cases instead, where the problem is reported with the file's name.
            return false;
        }
    }

    /** Reads the course's shared parts; returns its case files in course order. */
    private List<String> readCourse(ContentSource source) {
        CourseIndex index = read(source, INDEX, CourseIndex::read);
        if (index == null) {
            return List.of();
        }
        method = read(source, index.method(), Method::read);
        emotions = read(source, index.emotions(), EmotionPalette::read);
        tone = read(source, index.tone(), TonePhrases::read);
        story = read(source, index.story(), Story::read);
        return index.cases();
    }

    private List<String> caseFilesOf(ContentSource source) {
        if (source.exists(INDEX)) {
            // An extra folder only adds cases, so its index need only list them.
            List<String> listed = read(source, INDEX, index -> index.texts("cases"));
            return listed == null ? List.of() : listed;
        }
        try {
            return source.caseFiles();
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(source.description(), "", "the folder does not exist"));
            return List.of();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ContentProblem(source.description(), "", "the folder cannot be read: " + e.getMessage()));
            return List.of();
        } catch (RuntimeException e) {
            problems.add(unexpected(source.description(), e));
            return List.of();
        }
    }

    /** A case file parsed on its own, with the problems found in it. */
    private record ParsedCase(String file, CustomerCase parsed, List<ContentProblem> problems) {}

    /**
     * Parses the case files in parallel, each into its own list of problems, then checks and adds them in the
     * files' order, so the outcome and the order of the problems are those of reading one file after another.
     */
    private void readCases(ContentSource source, List<String> files) {
        List<ParsedCase> parsed = files.parallelStream()
                .map(file -> {
                    List<ContentProblem> found = new ArrayList<>();
                    return new ParsedCase(file, read(source, file, CustomerCase::read, found), found);
                })
                .collect(Collectors.toList());
        for (ParsedCase p : parsed) {
            problems.addAll(p.problems());
            if (p.parsed() != null) {
                try {
                    addCase(source, p.file(), p.parsed());
                } catch (RuntimeException e) {
                    problems.add(unexpected(source.displayName(p.file()), e));
                }
            }
        }
    }

    private void addCase(ContentSource source, String file, CustomerCase c) {
        String name = source.displayName(file);
        if (emotions != null && !knowsEmotions(name, c) || !imageIsFine(source, file, c)) {
            return;
        }
        CaseOrigin earlier = origins.get(c.id());
        if (earlier != null) {
            problems.add(new ContentProblem(
                    name,
                    "id",
                    "\"" + c.id() + "\" is already the id of the case in "
                            + earlier.source().displayName(earlier.file())));
            return;
        }
        origins.put(c.id(), new CaseOrigin(source, file));
        cases.put(c.id(), emotions == null ? c : c.withEmotionGroups(emotions));
    }

    private Course course(ContentSource source) {
        boolean sharedPartsLoaded = method != null && emotions != null && tone != null;
        if (!cases.isEmpty() && !sharedPartsLoaded) {
            problems.add(new ContentProblem(
                    source.displayName(INDEX),
                    "cases",
                    "no case can be shown until the method, the emotions and the tone phrases load"));
        }
        return new Course(
                method,
                emotions,
                tone,
                story,
                sharedPartsLoaded ? List.copyOf(cases.values()) : List.of(),
                problems,
                sharedPartsLoaded ? origins : Map.of());
    }

    private boolean knowsEmotions(String file, CustomerCase c) {
        List<ExpectedFeeling> feelings = c.sense().feelings();
        for (int i = 0; i < feelings.size(); i++) {
            if (emotions.find(feelings.get(i).emotion()).isEmpty()) {
                problems.add(new ContentProblem(
                        file,
                        "sense.feelings[" + i + "].emotion",
                        "\"" + feelings.get(i).emotion() + "\" is not in the emotions palette"));
                return false;
            }
        }
        return true;
    }

    private boolean imageIsFine(ContentSource source, String file, CustomerCase c) {
        if (c.image() == null) {
            return true;
        }
        return source.checkImage(file, c.image().file())
                .map(problem -> {
                    problems.add(new ContentProblem(source.displayName(file), "image.file", problem));
                    return false;
                })
                .orElse(true);
    }

    /** Reads one file into a record, or records the problem and returns null. */
    private <T> T read(ContentSource source, String file, Function<JsonObjectReader, T> reader) {
        return read(source, file, reader, problems);
    }

    /** Reads one file into a record, or adds the problem to {@code problems} and returns null. */
    private static <T> T read(
            ContentSource source, String file, Function<JsonObjectReader, T> reader, List<ContentProblem> problems) {
        String name = source.displayName(file);
        try (InputStream in = source.open(file)) {
            return reader.apply(JsonObjectReader.root(ContentText.parse(in)));
        } catch (NoSuchFileException e) {
            problems.add(new ContentProblem(name, "", "the file is missing from " + source.description()));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, "", "cannot be read: " + e.getMessage()));
        } catch (DuplicateFieldException e) {
            problems.add(new ContentProblem(name, e.field(), e.problem()));
        } catch (InvalidJsonException e) {
            problems.add(new ContentProblem(name, "", "is not valid JSON: " + e.getMessage()));
        } catch (JsonFieldException e) {
            problems.add(new ContentProblem(name, e.field(), e.problem()));
        } catch (RuntimeException e) {
            problems.add(unexpected(name, e));
        }
        return null;
    }

    /**
     * A file that broke the loader in a way no rule foresaw: still only that file's problem, so the rest of the
     * course loads and the app opens; the stack trace goes to the log for whoever fixes the loader.
     */
    private static ContentProblem unexpected(String name, RuntimeException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Unexpected failure loading " + name, e);
        return new ContentProblem(
                name, "", "could not be loaded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
}
