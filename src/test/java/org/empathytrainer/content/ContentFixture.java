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
import java.util.List;
import java.util.function.Consumer;

/**
 * A small, valid content folder copied from the test resources into a temporary folder, so a test can break one
 * file and see what the repository makes of it.
 */
final class ContentFixture {
    static final String REFUND_CASE = "cases/late-refund.json";
    static final String CARD_CASE = "cases/lost-card.json";
    static final List<String> FILES = List.of(ContentRepository.INDEX, "method.json", "emotions.json", "tone.json",
            "story.json", REFUND_CASE, CARD_CASE);
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
        return ContentRepository.load(ContentSource.folder(root));
    }
}
