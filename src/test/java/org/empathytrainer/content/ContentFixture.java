package org.empathytrainer.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A small, valid content folder copied from the test resources into a temporary folder, so a test can break one
 * file and see what the repository makes of it.
 */
final class ContentFixture {
    static final String REFUND_CASE = "cases/late-refund.json";
    static final String CARD_CASE = "cases/lost-card.json";
    static final List<String> FILES = List.of(
            ContentRepository.INDEX, "method.json", "emotions.json", "tone.json", "story.json", REFUND_CASE, CARD_CASE);
    static final List<String> CASE_IDS = List.of("late-refund", "lost-card");

    private static final String RESOURCES = "/org/empathytrainer/content/minimal/";

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    static ContentFixture copyInto(Path folder) {
        try {
            for (String file : FILES) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = ContentFixture.class.getResourceAsStream(RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("fixture file missing: " + file);
                    }
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentFixture(folder);
    }

    Path root() {
        return root;
    }

    ContentSource source() {
        return ContentSource.folder(root);
    }

    /** How problems name a file of this folder: the folder's path joined with the file's. */
    String name(String file) {
        return root.resolve(file).toString();
    }

    /** How problems name the folder itself. */
    String description() {
        return root.toString();
    }

    /** Replaces a file's whole text. */
    ContentFixture write(String file, String text) {
        try {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Changes a file's JSON in place. */
    ContentFixture edit(String file, Consumer<JsonObject> change) {
        JsonObject json = json(file);
        change.accept(json);
        return write(file, new GsonBuilder().setPrettyPrinting().create().toJson(json));
    }

    JsonObject json(String file) {
        try {
            return JsonParser.parseString(Files.readString(root.resolve(file), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Course load() {
        return ContentRepository.load(source());
    }

    /** Loads this course, then the cases of the given folders. */
    Course load(TrainerFolder... extraCases) {
        return ContentRepository.load(
                source(), Arrays.stream(extraCases).map(TrainerFolder::source).collect(Collectors.toList()));
    }

    /** A fixture case's JSON, straight from the test resources, for building further cases. */
    static JsonObject caseJson(String file) {
        try (InputStream in = ContentFixture.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("fixture file missing: " + file);
            }
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
