package org.empathytrainer.records.profiles;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.empathytrainer.records.Causes;

/**
 * A learner's own files: {@code progress/<id>.json}, its backup {@code <id>.json.bak} and any file of theirs moved
 * aside ({@code <id>.json.corrupt-...}, {@code <id>.json.newer-...}) and any temporary file an interrupted save left
 * ({@code .<id>.json-<number>.tmp}). Moved as a whole between the data folder and a
 * trash folder, keeping their place relative to it, so that either all of them move or none does.
 */
final class LearnerFiles {
    /** The folders, relative to the data folder, that hold files named after a learner's id. */
    static final List<String> FOLDERS = List.of("progress");

    private static final System.Logger LOG = System.getLogger(LearnerFiles.class.getName());

    private LearnerFiles() {}

    /** The learner's files under {@code root}, relative to it. */
    static List<Path> of(Path root, String id) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> belongsTo(f.getFileName().toString(), id) && Files.isRegularFile(f))
                        .sorted()
                        .forEach(f -> found.add(root.relativize(f)));
            }
        }
        return found;
    }

    /** Whether any file under {@code root} is named after {@code id}, so a new learner must not take that id. */
    static boolean anyFor(Path root, String id) {
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (Files.exists(dir.resolve(id + ".json")) || Files.exists(dir.resolve(id + ".json.bak"))) {
                return true;
            }
        }
        return false;
    }

    static boolean belongsTo(String fileName, String id) {
        String own = id + ".json";
        return fileName.equals(own)
                || fileName.startsWith(own + ".")
                // What an interrupted save left (AtomicFiles' temporary files) goes with the learner too.
                || (fileName.startsWith("." + own + "-") && fileName.endsWith(".tmp"));
    }

    /**
     * Moves each of {@code files} from under {@code from} to the same place under {@code to}. Refuses before moving
     * anything if a file is already at a destination; if a move fails, moves back those already moved.
     *
     * @throws IOException naming the file in the way or the file that could not be moved, and why
     */
    static void move(List<Path> files, Path from, Path to) throws IOException {
        for (Path f : files) {
            if (Files.exists(to.resolve(f))) {
                throw new IOException(to.resolve(f) + " is in the way");
            }
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path f : files) {
                Files.createDirectories(to.resolve(f).getParent());
                Files.move(from.resolve(f), to.resolve(f));
                moved.add(f);
            }
        } catch (IOException e) {
            for (Path f : moved) {
                try {
                    Files.move(to.resolve(f), from.resolve(f));
                } catch (IOException back) {
                    LOG.log(
                            Level.ERROR,
                            "Could not move {0} back to {1}: {2}",
                            to.resolve(f),
                            from.resolve(f),
                            Causes.of(back));
                }
            }
            throw new IOException(
                    "could not move " + from.resolve(files.get(moved.size())) + " (" + Causes.of(e) + ")", e);
        }
    }
}
