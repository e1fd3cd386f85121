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
import org.empathytrainer.json.JsonObjectReader;

/**
 * Loads the course: the built-in content (or any folder holding a whole course, with its index {@value #INDEX}),
 * then the cases of any further folders, such as a trainer's own. Each file is read on its own: a broken file
 * becomes a {@link ContentProblem} naming the file, the field and what is wrong, and the other files still load.
 */
public final class ContentRepository {
    public static final String INDEX = "course.json";

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
            problems.add(CaseFiles.unexpected(source.description(), e));
            return List.of();
        }
    }

    /**
     * Parses and checks the case files in parallel, each into its own list of problems, then adds them in the files'
     * order, so the outcome and the order of the problems are those of reading one file after another. A light case
     * keeps only what home lists it by (see {@link #load(ContentSource, List)}); with {@code indexing}, a file the
     * index knows unchanged is not parsed.
     */
    private void readCases(ContentSource source, List<String> files, boolean light, FolderIndex indexing) {
        EmotionPalette palette = emotions;
        List<CaseFiles.ParsedCase> parsed = files.parallelStream()
                .map(file ->
                        CaseFiles.readCase(source, file, palette, light, indexing == null ? null : indexing.previous()))
                .collect(Collectors.toList());
        for (CaseFiles.ParsedCase p : parsed) {
            problems.addAll(p.problems());
            if (p.parsed() != null && addCase(source, p.file(), p.parsed()) && p.stamp() != null) {
                indexing.made().put(p.stamp(), p.parsed());
            }
        }
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

    /** Reads one file into a record, or records the problem and returns null. */
    private <T> T read(ContentSource source, String file, Function<JsonObjectReader, T> reader) {
        return CaseFiles.read(source, file, reader, problems);
    }
}
