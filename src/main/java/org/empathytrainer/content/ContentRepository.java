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
     * Loads a course and further cases, keeping of each further case only what home lists it by once its file is
     * checked: the rest is read again from the file when first asked for (see {@link CustomerCase#light}), so a
     * folder of thousands of trainer cases does not keep every case's whole text.
     *
     * @param course     a whole course: index, method, palette, phrases, story and cases
     * @param extraCases folders of further cases; a folder with an index contributes the cases it lists, one
     *                   without contributes every JSON file at its top and one folder down
     */
    public static Course load(ContentSource course, List<ContentSource> extraCases) {
        return load(course, extraCases, true, null).course();
    }

    /** As {@link #load(ContentSource, List)}, keeping every case whole: for checking them all, as {@code --validate}. */
    public static Course loadWhole(ContentSource course, List<ContentSource> extraCases) {
        return load(course, extraCases, false, null).course();
    }

    /** A course loaded with the indexes of its further folders, and the indexes to keep for the next start. */
    public record Indexed(Course course, List<CaseIndex> indexes) {}

    /**
     * As {@link #load(ContentSource, List)}, taking what {@code previous} (one index per further folder, in their
     * order) knows of the folders' files: a file whose stamp its folder's index holds, under the same {@code build} of
     * the app and the same emotions palette, is not parsed and checked again (its picture is, and whether its id is
     * taken), and its case's body is read when first asked for.
     *
     * @param build names the app's build: an index made by another is not used, as the checks may have changed
     */
    public static Indexed load(
            ContentSource course, List<ContentSource> extraCases, String build, List<CaseIndex> previous) {
        if (previous.size() != extraCases.size()) {
            throw new IllegalArgumentException(
                    previous.size() + " indexes for " + extraCases.size() + " folders of further cases");
        }
        return load(course, extraCases, true, new Indexing(build, previous));
    }

    /** The indexes a load uses and the ones it makes, one per further folder. */
    private static final class Indexing {
        private final String build;
        private final List<CaseIndex> given;
        private final List<FolderIndex> folders = new ArrayList<>();
        private String key = "";

        Indexing(String build, List<CaseIndex> given) {
            this.build = build;
            this.given = given;
        }

        /** Once the course's palette is known: an index given holds only if it was made under the same. */
        void start(EmotionPalette palette) {
            key = build + "|"
                    + (palette == null
                            ? ""
                            : palette.emotions().stream()
                                    .map(Emotion::id)
                                    .sorted()
                                    .collect(Collectors.joining(",")));
            given.forEach(g ->
                    folders.add(new FolderIndex(g.key().equals(key) ? g : CaseIndex.empty(), new LinkedHashMap<>())));
        }

        List<CaseIndex> made() {
            return folders.stream().map(f -> CaseIndex.of(key, f.made())).collect(Collectors.toList());
        }
    }

    /** One further folder's index as given, and the one made of what loaded clean this time. */
    private record FolderIndex(CaseIndex previous, Map<String, CustomerCase> made) {}

    private static Indexed load(
            ContentSource course, List<ContentSource> extraCases, boolean lightExtras, Indexing indexing) {
        ContentRepository repo = new ContentRepository();
        List<String> courseCases = repo.readCourse(course);
        repo.readCases(course, courseCases, false, null);
        if (indexing != null) {
            indexing.start(repo.emotions);
        }
        for (int i = 0; i < extraCases.size(); i++) {
            ContentSource extra = extraCases.get(i);
            repo.readCases(
                    extra, repo.caseFilesOf(extra), lightExtras, indexing == null ? null : indexing.folders.get(i));
        }
        return new Indexed(repo.course(course), indexing == null ? List.of() : indexing.made());
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

    /**
     * A case file parsed and checked on its own (or known from the index), with the problems found in it; {@code
     * parsed} null if any. {@code stamp} is the file's when it goes in the next index.
     */
    private record ParsedCase(String file, CustomerCase parsed, List<ContentProblem> problems, String stamp) {}

    /**
     * Parses and checks the case files in parallel, each into its own list of problems, then adds them in the files'
     * order, so the outcome and the order of the problems are those of reading one file after another. A light case
     * keeps only what home lists it by (see {@link #load(ContentSource, List)}); with {@code indexing}, a file the
     * index knows unchanged is not parsed.
     */
    private void readCases(ContentSource source, List<String> files, boolean light, FolderIndex indexing) {
        EmotionPalette palette = emotions;
        List<ParsedCase> parsed = files.parallelStream()
                .map(file -> readCase(source, file, palette, light, indexing))
                .collect(Collectors.toList());
        for (ParsedCase p : parsed) {
            problems.addAll(p.problems());
            if (p.parsed() != null && addCase(source, p.file(), p.parsed()) && p.stamp() != null) {
                indexing.made().put(p.stamp(), p.parsed());
            }
        }
    }

    private static ParsedCase readCase(
            ContentSource source, String file, EmotionPalette palette, boolean light, FolderIndex indexing) {
        List<ContentProblem> found = new ArrayList<>();
        String stamp = indexing == null ? null : source.stamp(file).orElse(null);
        CustomerCase known =
                stamp == null ? null : indexing.previous().find(stamp).orElse(null);
        if (known != null) {
            String id = known.id();
            int version = known.version();
            CustomerCase c = imageIsFine(source, file, known, found)
                    ? known.light(() -> reread(source, file, id, version, palette))
                    : null;
            return new ParsedCase(file, c, found, stamp);
        }
        CustomerCase c = read(source, file, CustomerCase::read, found);
        return new ParsedCase(file, c == null ? null : checked(source, file, c, palette, light, found), found, stamp);
    }

    /**
     * The case as the course holds it, its feelings grouped by the palette, light if asked; null, with the problem
     * added to {@code found}, when it names a feeling the palette lacks or its picture will not do.
     */
    private static CustomerCase checked(
            ContentSource source,
            String file,
            CustomerCase c,
            EmotionPalette palette,
            boolean light,
            List<ContentProblem> found) {
        String name = source.displayName(file);
        try {
            if (palette != null && !knowsEmotions(palette, name, c, found) || !imageIsFine(source, file, c, found)) {
                return null;
            }
            CustomerCase grouped = palette == null ? c : c.withEmotionGroups(palette);
            if (!light) {
                return grouped;
            }
            String id = c.id();
            int version = c.version();
            return grouped.light(() -> reread(source, file, id, version, palette));
        } catch (RuntimeException e) {
            found.add(unexpected(name, e));
            return null;
        }
    }

    /** A light case's whole text, read again from its file: the same case and version, or the problem. */
    private static CustomerCase reread(
            ContentSource source, String file, String id, int version, EmotionPalette palette) {
        String name = source.displayName(file);
        List<ContentProblem> found = new ArrayList<>();
        CustomerCase again = read(source, file, CustomerCase::read, found);
        if (again != null && !again.id().equals(id)) {
            found.add(new ContentProblem(
                    name, "id", "is now \"" + again.id() + "\", not \"" + id + "\" as when the course was loaded"));
        } else if (again != null && again.version() != version) {
            found.add(new ContentProblem(
                    name,
                    "version",
                    "is now " + again.version() + ", not " + version
                            + " as when the course was loaded: start the app again to use the new version"));
        } else if (again != null && (palette == null || knowsEmotions(palette, name, again, found))) {
            return palette == null ? again : again.withEmotionGroups(palette);
        }
        throw new CaseUnavailableException(found.get(0));
    }

    /** Adds a case to the course; false, with the problem, when another file's case has its id. */
    private boolean addCase(ContentSource source, String file, CustomerCase c) {
        CaseOrigin earlier = origins.get(c.id());
        if (earlier != null) {
            problems.add(new ContentProblem(
                    source.displayName(file),
                    "id",
                    "\"" + c.id() + "\" is already the id of the case in "
                            + earlier.source().displayName(earlier.file())));
            return false;
        }
        origins.put(c.id(), new CaseOrigin(source, file));
        cases.put(c.id(), c);
        return true;
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

    private static boolean knowsEmotions(
            EmotionPalette palette, String file, CustomerCase c, List<ContentProblem> found) {
        List<ExpectedFeeling> feelings = c.sense().feelings();
        for (int i = 0; i < feelings.size(); i++) {
            if (palette.find(feelings.get(i).emotion()).isEmpty()) {
                found.add(new ContentProblem(
                        file,
                        "sense.feelings[" + i + "].emotion",
                        "\"" + feelings.get(i).emotion() + "\" is not in the emotions palette"));
                return false;
            }
        }
        return true;
    }

    private static boolean imageIsFine(ContentSource source, String file, CustomerCase c, List<ContentProblem> found) {
        if (c.image() == null) {
            return true;
        }
        return source.checkImage(file, c.image().file())
                .map(problem -> {
                    found.add(new ContentProblem(source.displayName(file), "image.file", problem));
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
