package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.empathytrainer.json.JsonFieldException;
import org.empathytrainer.json.JsonObjectReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/case.schema.json, which trainers use in their editor, in step with the loader: every shipped case
 * matches it, it rejects what the loader rejects, and its keyword lists are the loader's. Maven runs tests from the
 * project root.
 */
class CaseSchemaTest {
    private static final Path ASSETS = Path.of("assets");
    private static final Path SCHEMA_FILE = Path.of("docs", "case.schema.json");
    private static final String EXAMPLE = "cases/porch-parcel.json";

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(read(SCHEMA_FILE), InputFormat.JSON);
    private static final JsonObject SCHEMA_JSON =
            JsonParser.parseString(read(SCHEMA_FILE)).getAsJsonObject();

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(messages(meta.validate(read(SCHEMA_FILE), InputFormat.JSON))).isEmpty();
    }

    /** One test per case file listed in course.json, so a missing or broken file is named in the report. */
    @TestFactory
    Stream<DynamicTest> everyListedCaseMatchesTheSchema() {
        return listedCases().stream()
                .map(file -> DynamicTest.dynamicTest(file, () -> {
                    Path path = ASSETS.resolve(file);
                    assertThat(path).as("%s is listed in course.json", file).isRegularFile();
                    assertThat(messages(SCHEMA.validate(read(path), InputFormat.JSON)))
                            .as("schema errors in %s", file)
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseThatMatchesTheSchemaAlsoLoads() {
        ContentSource source = ContentSource.folder(ASSETS);
        Course course = ContentRepository.load(source);
        List<String> loaded = course.cases().stream().map(CustomerCase::id).collect(Collectors.toList());
        return listedCases().stream()
                .map(file -> DynamicTest.dynamicTest(file, () -> {
                    Path path = ASSETS.resolve(file);
                    assumeTrue(
                            Files.isRegularFile(path)
                                    && SCHEMA.validate(read(path), InputFormat.JSON)
                                            .isEmpty(),
                            file + " does not match the schema");
                    assertThat(course.problems())
                            .as("problems loading %s", file)
                            .filteredOn(p -> p.file().equals(source.displayName(file)))
                            .extracting(ContentProblem::toString)
                            .isEmpty();
                    String id = JsonParser.parseString(read(path))
                            .getAsJsonObject()
                            .get("id")
                            .getAsString();
                    assertThat(loaded).as("loaded cases").contains(id);
                }));
    }

    @Test
    void acceptsTheExampleCaseWithASchemaKey() {
        String text = changed(json -> json.addProperty("$schema", "../../docs/case.schema.json"));

        assertThat(messages(SCHEMA.validate(text, InputFormat.JSON))).isEmpty();
        assertThat(load(text).id()).isEqualTo("porch-parcel");
    }

    @Test
    void rejectsACaseWithoutDifficulty() {
        assertRejectedByBoth(json -> json.remove("difficulty"), "required property 'difficulty'");
    }

    @Test
    void rejectsAnUnknownAcknowledgementKind() {
        assertRejectedByBoth(
                json -> option(json, 1).addProperty("kind", "sympathetic"), "/discuss/options/1/kind enum");
    }

    @Test
    void rejectsTwoBestOptions() {
        assertRejectedByBoth(json -> option(json, 1).addProperty("kind", "best"), "/discuss/options maxContains");
    }

    @Test
    void rejectsAnIntensityAboveThree() {
        assertRejectedByBoth(
                json -> json.getAsJsonObject("sense")
                        .getAsJsonArray("feelings")
                        .get(0)
                        .getAsJsonObject()
                        .addProperty("intensity", 4),
                "/sense/feelings/0/intensity maximum");
    }

    /** The loader ignores unknown fields; the schema flags them, so a misspelt optional field is not lost. */
    @Test
    void rejectsAMisspeltFieldThatTheLoaderWouldIgnore() {
        String text = changed(json -> json.add("feelngs", new JsonArray()));

        assertThat(messages(SCHEMA.validate(text, InputFormat.JSON))).anyMatch(m -> m.contains("feelngs"));
        assertThat(load(text).id()).isEqualTo("porch-parcel");
    }

    @Test
    void theSchemaOffersExactlyTheLoadersKeywords() {
        JsonObject props = SCHEMA_JSON.getAsJsonObject("properties");
        assertThat(enumAt(props, "difficulty")).containsExactlyElementsOf(ids(Difficulty.values()));
        assertThat(enumAt(props, "conversation", "items", "properties", "speaker"))
                .containsExactlyElementsOf(ids(Utterance.Speaker.values()));
        assertThat(enumAt(props, "discuss", "properties", "options", "items", "properties", "kind"))
                .containsExactlyElementsOf(ids(AckKind.values()));
        assertThat(enumAt(props, "fix", "properties", "actions", "items", "properties", "kind"))
                .containsExactlyElementsOf(ids(ActionKind.values()));
    }

    /** Editors show a property's title and description as help while a trainer types. */
    @Test
    void everyPropertyHasATitleAndADescription() {
        List<String> lacking = new ArrayList<>();
        collectUndocumented(SCHEMA_JSON, "", lacking);

        assertThat(lacking).isEmpty();
    }

    private static void assertRejectedByBoth(Consumer<JsonObject> change, String where) {
        String text = changed(change);

        List<String> errors = messages(SCHEMA.validate(text, InputFormat.JSON));
        assertThat(errors).as("schema errors").anyMatch(m -> m.contains(where));
        assertThatThrownBy(() -> load(text)).isInstanceOf(JsonFieldException.class);
    }

    private static void collectUndocumented(JsonElement element, String at, List<String> lacking) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collectUndocumented(e, at, lacking));
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
            if (e.getKey().equals("contains")) {
                continue; // a condition on a list's items, not fields an author writes
            }
            if (e.getKey().equals("properties")) {
                for (Map.Entry<String, JsonElement> p :
                        e.getValue().getAsJsonObject().entrySet()) {
                    JsonObject property = p.getValue().getAsJsonObject();
                    if (!(property.has("title") && property.has("description"))) {
                        lacking.add(at + "/properties/" + p.getKey());
                    }
                }
            }
            collectUndocumented(e.getValue(), at + "/" + e.getKey(), lacking);
        }
    }

    private static CustomerCase load(String text) {
        return CustomerCase.read(JsonObjectReader.root(JsonParser.parseString(text)));
    }

    private static String changed(Consumer<JsonObject> change) {
        JsonObject json = JsonParser.parseString(read(ASSETS.resolve(EXAMPLE))).getAsJsonObject();
        change.accept(json);
        return json.toString();
    }

    private static JsonObject option(JsonObject json, int index) {
        return json.getAsJsonObject("discuss")
                .getAsJsonArray("options")
                .get(index)
                .getAsJsonObject();
    }

    private static List<String> listedCases() {
        JsonArray cases = JsonParser.parseString(read(ASSETS.resolve(ContentRepository.INDEX)))
                .getAsJsonObject()
                .getAsJsonArray("cases");
        List<String> files = new ArrayList<>();
        cases.forEach(c -> files.add(c.getAsString()));
        return files;
    }

    private static List<String> enumAt(JsonObject from, String... path) {
        JsonObject node = from;
        for (String step : path) {
            node = node.getAsJsonObject(step);
        }
        List<String> values = new ArrayList<>();
        node.getAsJsonArray("enum").forEach(v -> values.add(v.getAsString()));
        return values;
    }

    private static List<String> ids(Keyword[] values) {
        return Arrays.stream(values).map(Keyword::id).collect(Collectors.toList());
    }

    /** Each error as "where keyword: what", e.g. "/sense/feelings/0/intensity maximum: must have a maximum ...". */
    private static List<String> messages(List<Error> errors) {
        return errors.stream()
                .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
                .collect(Collectors.toList());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
