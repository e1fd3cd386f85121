package org.empathytrainer.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a folder of trainer cases for the home-screen benchmark ({@code src/bench/home-scale.sh}) and the tests of
 * home at scale: {@code TrainerCaseFolder DIR N} writes N cases, copies of the built-in cases in turn with new ids
 * ({@code trainer-0001-porch-parcel}...) and numbered titles, so the channels, industries, difficulties and tags are
 * as varied as the course's own.
 */
public final class TrainerCaseFolder {
    private TrainerCaseFolder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TrainerCaseFolder DIR N");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        write(Path.of("assets"), dir, n);
        System.out.println("Wrote " + n + " trainer cases in " + dir);
    }

    /** Writes {@code n} cases made from the cases in {@code assets/cases} into {@code dir}, one file each. */
    public static List<String> write(Path assets, Path dir, int n) throws IOException {
        List<JsonObject> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(assets.resolve("cases"))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
                models.add(JsonParser.parseString(Files.readString(f)).getAsJsonObject());
            }
        }
        Files.createDirectories(dir);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            JsonObject c = models.get((i - 1) % models.size()).deepCopy();
            String id = String.format("trainer-%04d-%s", i, c.get("id").getAsString());
            c.addProperty("id", id);
            c.addProperty("title", c.get("title").getAsString() + " (trainer case " + i + ")");
            Files.writeString(dir.resolve(id + ".json"), c.toString());
            ids.add(id);
        }
        return ids;
    }
}
