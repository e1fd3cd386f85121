package org.empathytrainer.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A folder of a trainer's own cases, loaded after a course. Each case is the fixture's lost-card case under a new
 * id and title, changed as a test needs.
 */
final class TrainerFolder {
    private final Path root;

    private TrainerFolder(Path root) {
        this.root = root;
    }

    static TrainerFolder at(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TrainerFolder(root);
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

    TrainerFolder addCase(String file, String id) {
        return addCase(file, id, json -> {});
    }

    TrainerFolder addCase(String file, String id, Consumer<JsonObject> change) {
        JsonObject json = ContentFixture.caseJson(ContentFixture.CARD_CASE);
        json.addProperty("id", id);
        json.addProperty("title", "Case " + id);
        change.accept(json);
        return write(file, new GsonBuilder().setPrettyPrinting().create().toJson(json));
    }

    /** Writes a case that shows the picture {@code imageFile}. */
    TrainerFolder addCaseWithImage(String file, String id, String imageFile) {
        return addCase(file, id, json -> json.add("image", image(imageFile)));
    }

    TrainerFolder write(String file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    TrainerFolder write(String file, byte[] bytes) {
        try {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Makes {@code file} in this folder a symbolic link to {@code target}. */
    TrainerFolder link(String file, Path target) {
        try {
            Path link = root.resolve(file);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a file of exactly {@code size} bytes, standing in for a picture. */
    TrainerFolder writeOfSize(String file, long size) {
        return write(file, new byte[Math.toIntExact(size)]);
    }

    static JsonObject image(String file) {
        JsonObject image = new JsonObject();
        image.addProperty("file", file);
        image.addProperty("alt", "A photo the customer sent");
        return image;
    }

    /** The PNG signature followed by zeros: enough for a picture that only has to exist. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, Math.min(size, signature.length));
        return bytes;
    }
}
