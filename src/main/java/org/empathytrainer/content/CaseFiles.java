package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.empathytrainer.json.DuplicateFieldException;
import org.empathytrainer.json.InvalidJsonException;
import org.empathytrainer.json.JsonFieldException;
import org.empathytrainer.json.JsonObjectReader;

/**
 * One content file at a time, for {@link ContentRepository}: read into a record, or a {@link ContentProblem} naming
 * the file, the field and what is wrong; a case file checked against the palette and its picture, kept whole or
 * light, or taken from its folder's {@link CaseIndex}.
 */
final class CaseFiles {
    private static final System.Logger LOG = System.getLogger(CaseFiles.class.getName());

    private CaseFiles() {}

    /**
     * A case file parsed and checked on its own (or known from the index), with the problems found in it; {@code
     * parsed} null if any. {@code stamp} is the file's when it goes in the next index.
     */
    record ParsedCase(String file, CustomerCase parsed, List<ContentProblem> problems, String stamp) {}

    /**
     * Reads one case file, or takes it from {@code index} (null for none) when its stamp is there; a light case keeps
     * only what home lists it by.
     */
    static ParsedCase readCase(
            ContentSource source, String file, EmotionPalette palette, boolean light, CaseIndex index) {
        List<ContentProblem> found = new ArrayList<>();
        String stamp = index == null ? null : source.stamp(file).orElse(null);
        CustomerCase known = stamp == null ? null : index.find(stamp).orElse(null);
        if (known != null) {
            // Unchanged since it was checked: only its picture, which may have gone since, is looked at again.
            CustomerCase c = imageIsFine(source, file, known, found) ? light(source, file, known, palette) : null;
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
            return light ? light(source, file, grouped, palette) : grouped;
        } catch (RuntimeException e) {
            found.add(unexpected(name, e));
            return null;
        }
    }

    /** {@code c} without its body, which is read again from {@code file} when first asked for. */
    private static CustomerCase light(ContentSource source, String file, CustomerCase c, EmotionPalette palette) {
        // Only the id and version are captured: the whole case must not stay reachable from its light copy.
        String id = c.id();
        int version = c.version();
        return c.light(() -> reread(source, file, id, version, palette));
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
        try {
            return source.checkImage(file, c.image().file())
                    .map(problem -> {
                        found.add(new ContentProblem(source.displayName(file), "image.file", problem));
                        return false;
                    })
                    .orElse(true);
        } catch (RuntimeException e) {
            // Still only this file's problem, whether it was parsed now or known from the index.
            found.add(unexpected(source.displayName(file), e));
            return false;
        }
    }

    /** Reads one file into a record, or adds the problem to {@code problems} and returns null. */
    static <T> T read(
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
    static ContentProblem unexpected(String name, RuntimeException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Unexpected failure loading " + name, e);
        return new ContentProblem(
                name, "", "could not be loaded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
}
