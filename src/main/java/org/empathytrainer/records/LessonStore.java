package org.empathytrainer.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lessons a trainer planned, one file each in the data folder's {@code lessons} folder, named after the lesson
 * ({@code lessons/monday-group.json} for "Monday group"). A lesson is found by its name, whatever its case and
 * punctuation, because the file name is made from it.
 */
public final class LessonStore {
    public static final String FOLDER = "lessons";
    /** Far more than any lesson needs; a larger file is not a lesson, and is not read into memory. */
    private static final long SIZE_LIMIT = 1 << 20;

    private final Path folder;
    private final boolean readOnly;

    /** A lesson file that could not be read, and why, for a list of the saved lessons. */
    public record Unreadable(Path file, String problem) {}

    /** The saved lessons that could be read, by name, and those that could not. */
    public record Listing(List<Lesson> lessons, List<Unreadable> unreadable) {
        public Listing {
            lessons = List.copyOf(lessons);
            unreadable = List.copyOf(unreadable);
        }

        public List<String> names() {
            return lessons.stream().map(Lesson::name).toList();
        }
    }

    /** @param readOnly save nothing, as when another window of the app holds the data folder */
    public LessonStore(Path dataFolder, boolean readOnly) {
        this.folder = dataFolder.resolve(FOLDER);
        this.readOnly = readOnly;
    }

    public Path folder() {
        return folder;
    }

    /** The file a lesson called {@code name} is kept in. */
    public Path fileFor(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder stem = new StringBuilder();
        plain.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                stem.appendCodePoint(c);
            } else if (stem.length() > 0 && stem.charAt(stem.length() - 1) != '-') {
                stem.append('-');
            }
        });
        String s = stem.toString().replaceAll("-+$", "");
        return folder.resolve((s.isEmpty() ? "lesson" : s) + ".json");
    }

    /**
     * The lesson called {@code name}, if one is saved.
     *
     * @throws StoreException naming the file and the field, if its file cannot be read as a lesson
     */
    public Optional<Lesson> find(String name) throws StoreException {
        Path file = fileFor(name);
        try {
            return Optional.of(read(file));
        } catch (NoSuchFileException e) {
            // A file renamed by hand still holds its lesson's name.
            return list().lessons().stream()
                    .filter(l -> l.name().equalsIgnoreCase(name.strip()))
                    .findFirst();
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException("Lesson file " + file + " could not be read: " + Causes.of(e), e);
        }
    }

    /** Every saved lesson, by name; a file that cannot be read is listed with its problem, not left out silently. */
    public Listing list() {
        List<Lesson> lessons = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Listing(lessons, unreadable);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[!.]*.json")) {
            for (Path file : files) {
                try {
                    lessons.add(read(file));
                } catch (StoreException e) {
                    unreadable.add(new Unreadable(file, e.getMessage()));
                } catch (IOException e) {
                    unreadable.add(new Unreadable(file, "Lesson file " + file + " could not be read: " + Causes.of(e)));
                }
            }
        } catch (IOException e) {
            unreadable.add(
                    new Unreadable(folder, "The lessons folder " + folder + " could not be read: " + Causes.of(e)));
        }
        lessons.sort(Comparator.comparing(l -> l.name().toLowerCase(Locale.ROOT)));
        return new Listing(lessons, unreadable);
    }

    /** Saves {@code lesson} under its name, replacing a lesson of the same name; returns the file. */
    public Path save(Lesson lesson) throws StoreException {
        Path file = fileFor(lesson.name());
        if (readOnly) {
            throw new StoreException("Lesson not saved in " + folder + ": the data folder is open read-only");
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, LessonJson.write(lesson).getBytes(StandardCharsets.UTF_8), null);
            return file;
        } catch (IOException e) {
            throw new StoreException("Lesson not saved as " + file + ": " + Causes.of(e), e);
        }
    }

    /** @throws StoreException naming the file and the field at fault; NoSuchFileException when there is none */
    private static Lesson read(Path file) throws IOException {
        if (Files.size(file) > SIZE_LIMIT) {
            throw new StoreException(
                    "Lesson file " + file + " is not a lesson: it is larger than " + SIZE_LIMIT + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return LessonJson.read(bytes);
        } catch (FormatProblem p) {
            throw new StoreException("Lesson file " + file + ": " + p.detail());
        }
    }
}
