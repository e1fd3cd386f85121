package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathytrainer.content.ContentFixture.CARD_CASE;
import static org.empathytrainer.content.ContentFixture.REFUND_CASE;
import static org.empathytrainer.content.ContentRepositoryTest.array;
import static org.empathytrainer.content.ContentRepositoryTest.at;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken thing per variant: the problem must name the file, the field and what is wrong, and everything else
 * in the folder must still load.
 */
class BrokenContentTest {
    private static final Map<String, String> CASE_OF_FILE = Map.of(REFUND_CASE, "late-refund", CARD_CASE, "lost-card");

    @TempDir
    Path dir;

    /**
     * @param file    the file broken; everything else must still load
     * @param problem the exact problem expected, given the fixture (problems name files by the folder's path)
     */
    record Breakage(
            String name, String file, Consumer<ContentFixture> breakIt, Function<ContentFixture, String> problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage(
                        "invalid JSON syntax",
                        REFUND_CASE,
                        f -> f.write(REFUND_CASE, "{\n  \"id\": \"late-refund\"\n  \"version\": 2\n}"),
                        f -> f.name(REFUND_CASE)
                                + ": is not valid JSON: an object is not closed (a missing comma or closing brace?) at line 3 column 4"),
                new Breakage(
                        "missing required field",
                        REFUND_CASE,
                        f -> f.edit(
                                REFUND_CASE, j -> j.getAsJsonObject("customer").remove("name")),
                        f -> f.name(REFUND_CASE) + ": customer.name: is missing"),
                new Breakage(
                        "text where a whole number belongs",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> j.addProperty("version", "two")),
                        f -> f.name(REFUND_CASE) + ": version: must be a whole number, not \"two\""),
                new Breakage(
                        "text where a list belongs",
                        "story.json",
                        f -> f.edit("story.json", j -> j.addProperty("scenes", "none")),
                        f -> f.name("story.json") + ": scenes: must be a list"),
                new Breakage(
                        "a fraction where a whole number belongs",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "sense.feelings[0]").addProperty("intensity", 2.5)),
                        f -> f.name(REFUND_CASE) + ": sense.feelings[0].intensity: must be a whole number, not 2.5"),
                new Breakage(
                        "empty list",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "sense").add("feelings", array())),
                        f -> f.name(REFUND_CASE) + ": sense.feelings: must not be empty"),
                new Breakage(
                        "blank text",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> j.addProperty("modelReply", "   ")),
                        f -> f.name(CARD_CASE) + ": modelReply: must not be empty"),
                new Breakage(
                        "a model reply with no agent turn",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> j.add("modelReply", customerTurnOnly())),
                        f -> f.name(CARD_CASE) + ": modelReply: must have at least one agent turn"),
                new Breakage(
                        "a model reply turn with an unknown speaker",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> {
                            JsonArray turns = customerTurnOnly();
                            turns.get(0).getAsJsonObject().addProperty("speaker", "manager");
                            j.add("modelReply", turns);
                        }),
                        f -> f.name(CARD_CASE) + ": modelReply[0].speaker: \"manager\" is not one of customer, agent"),
                new Breakage(
                        "no debrief",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> j.remove("debrief")),
                        f -> f.name(CARD_CASE) + ": debrief: is missing"),
                new Breakage(
                        "a blank debrief question",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> at(j, "debrief").addProperty("question", " ")),
                        f -> f.name(CARD_CASE) + ": debrief.question: must not be empty"),
                new Breakage(
                        "unknown step id in a scene",
                        "story.json",
                        f -> f.edit("story.json", j -> at(j, "scenes[1]").addProperty("step", "listen")),
                        f -> f.name("story.json") + ": scenes[1].step: \"listen\" is not one of place, sense, discuss,"
                                + " fix"),
                new Breakage(
                        "unknown action kind",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "fix.actions[4]").addProperty("kind", "harmful")),
                        f -> f.name(REFUND_CASE) + ": fix.actions[4].kind: \"harmful\" is not one of helpful,"
                                + " premature, useless"),
                new Breakage(
                        "two best acknowledgement options",
                        REFUND_CASE,
                        f -> f.edit(
                                REFUND_CASE, j -> at(j, "discuss.options[2]").addProperty("kind", "best")),
                        f -> f.name(REFUND_CASE) + ": discuss.options: exactly one option must be of kind \"best\","
                                + " found 2"),
                new Breakage(
                        "fix.order naming a non-helpful action",
                        REFUND_CASE,
                        f -> f.edit(
                                REFUND_CASE,
                                j -> at(j, "fix")
                                        .add(
                                                "order",
                                                array("check-status", "escalate", "issue-refund", "confirm-email"))),
                        f -> f.name(REFUND_CASE) + ": fix.order[1]: \"escalate\" is not the id of a helpful action"),
                new Breakage(
                        "fix.order missing a helpful action",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "fix").add("order", array("check-status", "issue-refund"))),
                        f -> f.name(REFUND_CASE) + ": fix.order: must also list the helpful actions confirm-email"),
                new Breakage(
                        "credit out of range",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "place.concerns[1]").addProperty("credit", 1.5)),
                        f -> f.name(REFUND_CASE) + ": place.concerns[1].credit: must be between 0 and 1, not 1.5"),
                new Breakage(
                        "no concern with full credit",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> at(j, "place.concerns[0]").addProperty("credit", 0.75)),
                        f -> f.name(CARD_CASE) + ": place.concerns: one concern must have credit 1 (the one that"
                                + " matters most)"),
                new Breakage(
                        "the same concern id twice",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "place.concerns[2]").addProperty("id", "apology")),
                        f -> f.name(REFUND_CASE) + ": place.concerns[2].id: \"apology\" is used twice"),
                new Breakage(
                        "invalid case id",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> j.addProperty("id", "Lost Card")),
                        f -> f.name(CARD_CASE) + ": id: \"Lost Card\" is not a valid id (use lower-case letters, digits"
                                + " and dashes)"),
                new Breakage(
                        "emotion in a case not in the palette",
                        REFUND_CASE,
                        f -> f.edit(REFUND_CASE, j -> at(j, "sense.feelings[1]").addProperty("emotion", "bored")),
                        f -> f.name(REFUND_CASE) + ": sense.feelings[1].emotion: \"bored\" is not in the emotions"
                                + " palette"),
                new Breakage(
                        "duplicate case id across two files",
                        CARD_CASE,
                        f -> f.edit(CARD_CASE, j -> j.addProperty("id", "late-refund")),
                        f -> f.name(CARD_CASE) + ": id: \"late-refund\" is already the id of the case in "
                                + f.name(REFUND_CASE)),
                new Breakage(
                        "missing file listed in course.json",
                        "cases/ghost.json",
                        f -> f.edit(
                                ContentRepository.INDEX,
                                j -> j.getAsJsonArray("cases").add("cases/ghost.json")),
                        f -> f.name("cases/ghost.json") + ": the file is missing from " + f.description()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBrokenFileIsReportedExactlyAndTheRestStillLoads(Breakage breakage) {
        ContentFixture fixture = ContentFixture.copyInto(dir);
        breakage.breakIt().accept(fixture);

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(breakage.problem().apply(fixture));
        assertThat(course.method()).isNotNull();
        assertThat(course.emotions()).isNotNull();
        assertThat(course.tone()).isNotNull();
        assertThat(course.storyIfLoaded().isPresent())
                .isEqualTo(!breakage.file().equals("story.json"));
        assertThat(course.cases())
                .extracting(CustomerCase::id)
                .containsExactlyElementsOf(casesOutside(breakage.file()));
    }

    @Test
    void trailingTextAfterTheJsonValueIsReportedAndTheOtherCaseStillLoads() {
        ContentFixture fixture = ContentFixture.copyInto(dir);
        fixture.write(REFUND_CASE, read(fixture, REFUND_CASE) + "\nextra");

        Course course = fixture.load();

        assertThat(course.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(fixture.name(REFUND_CASE)));
        assertThat(course.cases()).extracting(CustomerCase::id).containsExactly("lost-card");
        assertThat(course.storyIfLoaded()).isPresent();
    }

    @Test
    void trailingTextAfterTheJsonValueIsReportedAsInvalidJsonWithItsLine() {
        ContentFixture fixture = ContentFixture.copyInto(dir);
        fixture.write("story.json", "{\"id\": \"x\"}\nextra");

        assertThat(fixture.load().problems())
                .extracting(ContentProblem::toString)
                .singleElement()
                .asString()
                .startsWith(fixture.name("story.json")
                        + ": is not valid JSON: more text follows the end of the JSON value at line 2")
                .doesNotContain("path $", "See https://", "LENIENT");
    }

    @Test
    void aWholeNumberBeyondTheIntRangeIsReportedNotWrapped() {
        ContentFixture fixture = ContentFixture.copyInto(dir);
        fixture.write(REFUND_CASE, read(fixture, REFUND_CASE).replace("\"intensity\": 3", "\"intensity\": 4294967299"));

        Course course = fixture.load();

        assertThat(course.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(fixture.name(REFUND_CASE));
            assertThat(p.field()).isEqualTo("sense.feelings[0].intensity");
        });
        assertThat(course.cases()).extracting(CustomerCase::id).containsExactly("lost-card");
    }

    private static List<String> casesOutside(String brokenFile) {
        return ContentFixture.CASE_IDS.stream()
                .filter(id -> !id.equals(CASE_OF_FILE.get(brokenFile)))
                .collect(Collectors.toList());
    }

    private static String read(ContentFixture fixture, String file) {
        try {
            return Files.readString(fixture.root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonArray customerTurnOnly() {
        JsonObject turn = new JsonObject();
        turn.addProperty("speaker", "customer");
        turn.addProperty("text", "Thanks.");
        JsonArray turns = new JsonArray();
        turns.add(turn);
        return turns;
    }
}
