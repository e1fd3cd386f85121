package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to the shipped cases and course index, as a careless editor, a broken copy or a hostile file
 * would do it: fields deleted, values of the wrong type, junk, control, NUL and bidi characters, megabyte strings,
 * truncations, stray bytes. Through the loader and the validator alike, each damaged file must end as a problem that
 * names it, never as an exception, and within a second. The seed makes every failure reproducible.
 */
class ContentFuzzTest {
    private static final long SEED = 0x16_2026L;
    private static final int CASE_MUTATIONS = 400;
    private static final int INDEX_MUTATIONS = 150;
    private static final long LIMIT_NANOS = 1_000_000_000L;
    private static final String FUZZ_ID = "fuzz-case";
    private static final String FUZZ_FILE = "fuzz.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final String[] JUNK = {
        "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\u202E", "\u202D", "\u2066", "\u200B", "\uFEFF", "\uD800",
        "\n", "\t", "../", "/", "\\", ".png", ":", "C:", "~", "\"", "é", "😀", "x", " ", "{", "]", "null"
    };

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();

    @Test
    void damagedCasesAreProblemsNamingTheFile() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("trainer"));
        Path file = folder.resolve(FUZZ_FILE);
        List<Path> shipped;
        try (Stream<Path> cases = Files.list(Path.of("assets/cases"))) {
            shipped = cases.sorted().toList();
        }
        int builtIn = ContentRepository.load(ContentSource.builtIn()).cases().size();
        int broken = 0;

        for (int i = 0; i < CASE_MUTATIONS; i++) {
            JsonObject json = JsonParser.parseString(Files.readString(shipped.get(random.nextInt(shipped.size()))))
                    .getAsJsonObject();
            json.addProperty("id", FUZZ_ID);
            String what = "case mutation " + i + ": " + mutate(json, file);

            long start = System.nanoTime();
            try {
                Course course = ContentRepository.load(ContentSource.builtIn(), List.of(ContentSource.folder(folder)));
                ContentValidator.Report report = ContentValidator.validate(List.of(folder));
                check(what, start);
                boolean loaded = course.cases().size() == builtIn + 1;
                if (!loaded) {
                    broken++;
                    expectProblemsNaming(what, course.problems(), file);
                    expectProblemsNaming(what, report.problems(), file);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(what + ": threw " + e);
            }
        }

        assertThat(failures).isEmpty();
        // The damage must mostly break the case, or the test would prove little.
        assertThat(broken).isGreaterThan(CASE_MUTATIONS / 2);
    }

    @Test
    void aDamagedCourseIndexIsAProblemNamingAFileOfTheCourse() throws IOException {
        Path folder = tmp.resolve("course");
        copyTree(Path.of("assets"), folder);
        Path index = folder.resolve(ContentRepository.INDEX);
        JsonObject shipped = JsonParser.parseString(Files.readString(index)).getAsJsonObject();
        int broken = 0;

        for (int i = 0; i < INDEX_MUTATIONS; i++) {
            JsonObject json = shipped.deepCopy();
            String what = "index mutation " + i + ": " + mutate(json, index);

            long start = System.nanoTime();
            try {
                Course course = ContentRepository.load(ContentSource.folder(folder));
                ContentValidator.Report report = ContentValidator.validate(List.of(folder));
                check(what, start);
                boolean whole = course.method() != null
                        && course.emotions() != null
                        && course.tone() != null
                        && course.story() != null
                        && course.cases().size() == listed(json);
                if (!whole) {
                    broken++;
                    expectProblemsInside(what, course.problems(), folder);
                    expectProblemsInside(what, report.problems(), folder);
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(what + ": threw " + e);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(broken).isGreaterThan(INDEX_MUTATIONS / 2);
    }

    /** How many cases the damaged index still lists: one deleted from the list leaves a smaller, sound course. */
    private static int listed(JsonObject index) {
        JsonElement cases = index.get("cases");
        return cases != null && cases.isJsonArray() ? cases.getAsJsonArray().size() : -1;
    }

    private void check(String what, long start) {
        long took = System.nanoTime() - start;
        if (took > LIMIT_NANOS) {
            failures.add(what + ": took " + took / 1_000_000 + " ms");
        }
    }

    private void expectProblemsNaming(String what, List<ContentProblem> problems, Path file) {
        if (problems.isEmpty()) {
            failures.add(what + ": the case did not load, yet no problem was reported");
        }
        for (ContentProblem p : problems) {
            if (!p.toString().startsWith(file.toString() + ": ")) {
                failures.add(what + ": a problem does not name " + file + ": " + p);
            }
            expectForeseen(what, p);
        }
    }

    private void expectProblemsInside(String what, List<ContentProblem> problems, Path folder) {
        if (problems.isEmpty()) {
            failures.add(what + ": the course did not load whole, yet no problem was reported");
        }
        for (ContentProblem p : problems) {
            if (!p.file().startsWith(folder.toString())) {
                failures.add(what + ": a problem names no file of the course: " + p);
            }
            expectForeseen(what, p);
        }
    }

    /** Every kind of damage here is foreseeable: a rule must name it, not the loader's last-resort catch. */
    private void expectForeseen(String what, ContentProblem p) {
        if (p.problem().startsWith("could not be loaded (")) {
            failures.add(what + ": no rule caught it: " + p);
        }
        String shown = p.toString();
        if (shown.length() > 2_000 || shown.chars().anyMatch(c -> c < 0x20 || c == 0x202E || c == 0x7F)) {
            failures.add(what + ": the problem is shown raw or too long: " + shown.substring(0, 200));
        }
    }

    /** Damages {@code json} one way and writes it to {@code file}; returns what was done. */
    private String mutate(JsonObject json, Path file) throws IOException {
        int kind = random.nextInt(10);
        List<Slot> slots = new ArrayList<>();
        collect(json, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        String what;
        switch (kind) {
            case 0:
                slot.remove();
                what = "deleted " + slot.path;
                break;
            case 1:
            case 2:
                JsonElement other = otherType();
                slot.set(other);
                what = "set " + slot.path + " to " + shorten(other.toString());
                break;
            case 3:
                String junk = junk(1 + random.nextInt(40));
                slot.set(new JsonPrimitive(junk));
                what = "set " + slot.path + " to junk " + shorten(GSON.toJson(junk));
                break;
            case 4:
                slot.set(new JsonPrimitive(junk(40).repeat(1 + (1 << 20) / 40)));
                what = "set " + slot.path + " to a 1 MB string";
                break;
            case 5:
                JsonObject image = new JsonObject();
                image.addProperty("file", junk(1 + random.nextInt(12)) + (random.nextBoolean() ? ".png" : ""));
                image.addProperty("alt", "A picture");
                json.add("image", image);
                what = "added the picture " + shorten(GSON.toJson(image));
                break;
            default:
                return damageText(GSON.toJson(json).getBytes(StandardCharsets.UTF_8), file, kind);
        }
        // getBytes, not writeString: a lone surrogate in the junk becomes "?" rather than an exception.
        Files.write(file, GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
        return what;
    }

    private String damageText(byte[] bytes, Path file, int kind) throws IOException {
        int at = random.nextInt(bytes.length);
        byte[] damaged;
        String what;
        switch (kind) {
            case 6:
                damaged = java.util.Arrays.copyOf(bytes, at);
                what = "cut at byte " + at;
                break;
            case 7:
                byte[] junk = new byte[1 + random.nextInt(16)];
                random.nextBytes(junk);
                damaged = insert(bytes, at, junk);
                what = "inserted " + junk.length + " random bytes at " + at;
                break;
            case 8:
                damaged = insert(bytes, at, new byte[] {(byte) (random.nextBoolean() ? 0xE9 : 0xFF)});
                what = "inserted a Latin-1 byte at " + at;
                break;
            default:
                int brace = indexOf(bytes, (byte) '{');
                byte[] twice = "\"id\": \"twice\",".getBytes(StandardCharsets.UTF_8);
                damaged = insert(
                        bytes,
                        brace + 1,
                        random.nextBoolean() ? twice : "[[[[[[[[".repeat(100).getBytes());
                what = "inserted a repeated field or deep nesting after the first brace";
                break;
        }
        Files.write(file, damaged);
        return what;
    }

    private JsonElement otherType() {
        switch (random.nextInt(10)) {
            case 0:
                return new JsonPrimitive(42);
            case 1:
                return new JsonPrimitive(-1.5e308);
            case 2:
                return new JsonPrimitive(random.nextBoolean());
            case 3:
                return JsonNull.INSTANCE;
            case 4:
                return new JsonArray();
            case 5:
                return new JsonObject();
            case 6:
                return new JsonPrimitive("");
            case 7:
                JsonArray list = new JsonArray();
                list.add(1);
                list.add("x");
                list.add(JsonNull.INSTANCE);
                return list;
            case 8:
                JsonObject object = new JsonObject();
                object.addProperty("x", 1);
                return object;
            default:
                return new JsonPrimitive("   ");
        }
    }

    private String junk(int parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            text.append(JUNK[random.nextInt(JUNK.length)]);
        }
        return text.toString();
    }

    /** A place in the tree that holds a value: a field of an object, or an item of a list. */
    private static final class Slot {
        final String path;
        final Consumer<JsonElement> setter;
        final Runnable remover;

        Slot(String path, Consumer<JsonElement> setter, Runnable remover) {
            this.path = path;
            this.setter = setter;
            this.remover = remover;
        }

        void set(JsonElement e) {
            setter.accept(e);
        }

        void remove() {
            remover.run();
        }
    }

    private static void collect(JsonElement e, List<Slot> slots) {
        collect(e, "", slots);
    }

    private static void collect(JsonElement e, String path, List<Slot> slots) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String key : List.copyOf(o.keySet())) {
                String at = path.isEmpty() ? key : path + "." + key;
                slots.add(new Slot(at, v -> o.add(key, v), () -> o.remove(key)));
                collect(o.get(key), at, slots);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                String at = path + "[" + i + "]";
                slots.add(new Slot(at, v -> a.set(index, v), () -> a.remove(index)));
                collect(a.get(i), at, slots);
            }
        }
    }

    private static byte[] insert(byte[] bytes, int at, byte[] extra) {
        byte[] out = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
        return out;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return 0;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
