package org.empathytrainer.lrs;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.SavedFiles;
import org.empathytrainer.records.StoreException;

/**
 * The {@link Outbox}'s files: {@code <learner>.json} in its folder, one per learner, written atomically and readable
 * by the owner only, and read back at start. Errors name the file; a damaged one is never moved or deleted.
 */
final class OutboxFiles {
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final Path folder;

    OutboxFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Writes the learner's file over the old one, creating the folder if need be. */
    void write(String learner, LearnerBox box) throws StoreException {
        JsonObject o = box.toJson(learner);
        Path file = folder.resolve(learner + ".json");
        try {
            Files.createDirectories(folder);
            AtomicFiles.writePrivately(file, List.of(o.toString().getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new StoreException("Cannot save the results waiting to be sent in " + file + ": " + Causes.of(e), e);
        }
    }

    /** Every learner's file in the folder, by learner id; none when there is no folder yet. */
    Map<String, LearnerBox> readAll() throws StoreException {
        Map<String, LearnerBox> boxes = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return boxes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[!.]*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String learner = name.substring(0, name.length() - ".json".length());
                boxes.put(learner, read(file));
            }
        } catch (IOException e) {
            if (e instanceof StoreException) {
                throw (StoreException) e;
            }
            throw new StoreException("Cannot read the outbox folder " + folder + ": " + Causes.of(e), e);
        }
        return boxes;
    }

    private static LearnerBox read(Path file) throws StoreException {
        try {
            String text = new String(SavedFiles.read(file, MAX_FILE_BYTES), StandardCharsets.UTF_8);
            return LearnerBox.fromJson(JsonParser.parseString(text).getAsJsonObject());
        } catch (IOException e) {
            throw new StoreException("Cannot read the outbox file " + file + ": " + Causes.of(e), e);
        } catch (RuntimeException e) {
            throw new StoreException(
                    "The outbox file " + file + " is damaged (" + e.getMessage() + "); move it aside to start afresh",
                    e);
        }
    }
}
