package org.empathytrainer.records.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.empathytrainer.content.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xAPI mapping: who, which verb, which activity, what result, in which attempt, when. */
class XapiExportTest {
    private static final String BASE = "https://lms.example.org/et/";
    private static final String HOME = "https://lms.example.org/people";

    @TempDir
    Path tmp;

    private final XapiExport export =
            new XapiExport(ExportFixtures.COURSE, new XapiOptions(HOME, "https://lms" + ".example.org/et"));

    private List<JsonObject> statements() {
        List<JsonObject> all = new ArrayList<>();
        export.statements(ExportFixtures.learners()).forEach(e -> all.add(e.getAsJsonObject()));
        return all;
    }

    private static String verb(JsonObject s) {
        String id = s.getAsJsonObject("verb").get("id").getAsString();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    private static String object(JsonObject s) {
        return s.getAsJsonObject("object").get("id").getAsString();
    }

    private static String summary(JsonObject s) {
        return s.getAsJsonObject("actor").getAsJsonObject("account").get("name").getAsString() + " " + verb(s) + " "
                + object(s).substring(BASE.length());
    }

    private static JsonObject find(List<JsonObject> all, String summary, int nth) {
        return all.stream()
                .filter(s -> summary(s).equals(summary))
                .skip(nth)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + summary));
    }

    private static String registration(JsonObject s) {
        return s.getAsJsonObject("context").get("registration").getAsString();
    }

    @Test
    void eachStepDoneIsAnsweredAndEachAttemptCompletedOrProgressed() {
        assertThat(statements())
                .extracting(XapiExportTest::summary)
                .containsExactly(
                        "ana experienced story",
                        "ana answered cases/late-refund/steps/place",
                        "ana answered cases/late-refund/steps/sense",
                        "ana answered cases/late-refund/steps/discuss",
                        "ana answered cases/late-refund/steps/fix",
                        "ana completed cases/late-refund",
                        "ana answered cases/late-refund/steps/place",
                        "ana progressed cases/late-refund",
                        "ana answered cases/lost-card/steps/place",
                        "ana answered cases/lost-card/steps/sense",
                        "ana answered cases/lost-card/steps/discuss",
                        "ana answered cases/lost-card/steps/fix",
                        "ana completed cases/lost-card",
                        "ben answered cases/retired-case/steps/place",
                        "ben progressed cases/retired-case");
    }

    @Test
    void theLearnerIsAnAccountOnTheConfiguredHomePage() {
        JsonObject actor = statements().get(0).getAsJsonObject("actor");

        assertThat(actor.get("objectType").getAsString()).isEqualTo("Agent");
        assertThat(actor.get("name").getAsString()).isEqualTo(ExportFixtures.ANA_NAME);
        assertThat(actor.getAsJsonObject("account").get("homePage").getAsString())
                .isEqualTo(HOME);
        assertThat(actor.getAsJsonObject("account").get("name").getAsString()).isEqualTo("ana");
        assertThat(actor.has("mbox")).isFalse();
    }

    @Test
    void anAnsweredStepCarriesScoreSuccessResponseDurationAndItsCase() {
        JsonObject sense = find(statements(), "ana answered cases/late-refund/steps/sense", 0);
        JsonObject result = sense.getAsJsonObject("result");

        assertThat(result.getAsJsonObject("score").get("scaled").getAsDouble()).isEqualTo(0.5);
        assertThat(result.get("success").getAsBoolean()).isFalse();
        assertThat(result.get("response").getAsString()).isEqualTo("worried[.]3[,]calm[.]1");
        assertThat(result.get("duration").getAsString()).isEqualTo("PT2M0S");
        assertThat(sense.get("timestamp").getAsString()).isEqualTo("2026-03-02T10:04:00Z");
        assertThat(sense.getAsJsonObject("verb")
                        .getAsJsonObject("display")
                        .get("en-US")
                        .getAsString())
                .isEqualTo("answered");
        JsonObject parents = sense.getAsJsonObject("context").getAsJsonObject("contextActivities");
        assertThat(parents.getAsJsonArray("parent")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())
                .isEqualTo(BASE + "cases/late-refund");
        assertThat(parents.getAsJsonArray("grouping")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())
                .isEqualTo(BASE + "course");

        JsonObject fix = find(statements(), "ana answered cases/late-refund/steps/fix", 0)
                .getAsJsonObject("result");
        assertThat(fix.get("response").getAsString()).isEqualTo("check-status[,]issue-refund[,]escalate");
        assertThat(fix.get("success").getAsBoolean())
                .as("0.6 is under the pass mark")
                .isFalse();
        assertThat(fix.getAsJsonObject("extensions")
                        .get(BASE + "extensions/written")
                        .getAsString())
                .isEqualTo(ExportFixtures.COMMITMENT);
        JsonObject place = find(statements(), "ana answered cases/lost-card/steps/place", 0)
                .getAsJsonObject("result");
        assertThat(place.get("response").getAsString()).isEqualTo("cash");
        assertThat(place.get("success").getAsBoolean()).isTrue();
    }

    @Test
    void stepActivitiesAreInteractionsDefinedFromTheCourse() {
        JsonObject definition = find(statements(), "ana answered cases/late-refund/steps/fix", 0)
                .getAsJsonObject("object")
                .getAsJsonObject("definition");

        assertThat(definition.get("type").getAsString()).isEqualTo(XapiActivities.INTERACTION_TYPE);
        assertThat(definition.get("interactionType").getAsString()).isEqualTo("sequencing");
        assertThat(definition.getAsJsonObject("name").get("en-US").getAsString())
                .isEqualTo("The refund that never came: Fix");
        assertThat(ids(definition.getAsJsonArray("choices")))
                .containsExactly("check-status", "issue-refund", "confirm-email", "escalate", "read-terms");
        assertThat(definition.getAsJsonArray("correctResponsesPattern").get(0).getAsString())
                .isEqualTo("check-status[,]issue-refund[,]confirm-email");

        JsonObject sense = find(statements(), "ana answered cases/late-refund/steps/sense", 0)
                .getAsJsonObject("object")
                .getAsJsonObject("definition");
        assertThat(sense.get("interactionType").getAsString()).isEqualTo("matching");
        assertThat(ids(sense.getAsJsonArray("target"))).containsExactly("1", "2", "3");
        assertThat(sense.getAsJsonArray("correctResponsesPattern").get(0).getAsString())
                .isEqualTo("worried[.]3[,]frustrated[.]2");

        JsonObject retired = find(statements(), "ben answered cases/retired-case/steps/place", 0)
                .getAsJsonObject("object")
                .getAsJsonObject("definition");
        assertThat(retired.getAsJsonObject("name").get("en-US").getAsString()).isEqualTo("retired-case: Place");
        assertThat(retired.has("choices")).isFalse();
    }

    @Test
    void aFinishedAttemptIsCompletedWithItsDurationAndOverallScore() {
        JsonObject completed = find(statements(), "ana completed cases/late-refund", 0);
        JsonObject result = completed.getAsJsonObject("result");

        assertThat(result.getAsJsonObject("score").get("scaled").getAsDouble()).isEqualTo(0.775);
        assertThat(result.get("success").getAsBoolean()).isTrue();
        assertThat(result.get("completion").getAsBoolean()).isTrue();
        assertThat(result.get("duration").getAsString()).isEqualTo("PT9M0S");
        assertThat(completed.get("timestamp").getAsString()).isEqualTo("2026-03-02T10:10:00Z");
        assertThat(completed
                        .getAsJsonObject("object")
                        .getAsJsonObject("definition")
                        .get("type")
                        .getAsString())
                .isEqualTo(XapiActivities.SIMULATION_TYPE);
    }

    @Test
    void anAttemptUnderWayIsProgressedWithItsShareOfStepsDone() {
        JsonObject progressed = find(statements(), "ana progressed cases/late-refund", 0);
        JsonObject result = progressed.getAsJsonObject("result");

        assertThat(result.get("completion").getAsBoolean()).isFalse();
        assertThat(result.getAsJsonObject("extensions")
                        .get(XapiExport.PROGRESS_EXTENSION)
                        .getAsInt())
                .isEqualTo(25);
        assertThat(result.has("score")).isFalse();
        assertThat(result.get("duration").getAsString()).isEqualTo("PT3M0S");
        assertThat(progressed.get("timestamp").getAsString()).isEqualTo("2026-03-02T11:43:00Z");
    }

    @Test
    void eachAttemptHasItsOwnRegistrationSharedByItsStatements() {
        List<JsonObject> all = statements();
        String first = registration(find(all, "ana completed cases/late-refund", 0));
        String second = registration(find(all, "ana progressed cases/late-refund", 0));

        assertThat(first).isNotEqualTo(second);
        assertThat(registration(find(all, "ana answered cases/late-refund/steps/fix", 0)))
                .isEqualTo(first);
        assertThat(registration(find(all, "ana answered cases/late-refund/steps/place", 1)))
                .isEqualTo(second);
        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(find(all, "ana answered cases/late-refund/steps/place", 1)
                        .getAsJsonObject("context")
                        .getAsJsonObject("extensions")
                        .get(BASE + "extensions/attempt")
                        .getAsInt())
                .isEqualTo(2);
    }

    @Test
    void statementIdsAreUniqueVersion5UuidsThatAReExportRepeats() {
        List<String> ids =
                statements().stream().map(s -> s.get("id").getAsString()).collect(Collectors.toList());

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(UUID.fromString(id).version()).isEqualTo(5);
            assertThat(UUID.fromString(id).variant()).isEqualTo(2);
        });
        List<String> again =
                statements().stream().map(s -> s.get("id").getAsString()).collect(Collectors.toList());
        assertThat(again).isEqualTo(ids);
        List<String> elsewhere = new XapiExport(ExportFixtures.COURSE, XapiOptions.DEFAULTS)
                .statements(ExportFixtures.learners()).asList().stream()
                        .map(s -> s.getAsJsonObject().get("id").getAsString())
                        .collect(Collectors.toList());
        assertThat(elsewhere)
                .as("another home page means other learners, so other statements")
                .doesNotContainAnyElementsOf(ids);
    }

    @Test
    void theFileWrittenStatementByStatementHoldsTheSameBytesAsTheWholeArrayPrinted() throws Exception {
        Path file = tmp.resolve("statements.json");
        Path none = tmp.resolve("none.json");

        int count = export.write(file, ExportFixtures.learners());
        export.write(none, List.of());

        String whole = new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(export.statements(ExportFixtures.learners()));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(whole);
        assertThat(count).isEqualTo(statements().size()).isPositive();
        assertThat(Files.readString(none, StandardCharsets.UTF_8)).isEqualTo("[]");
    }

    @Test
    void statementIdsDependOnWhatHappenedNotOnHowItIsWorded() {
        List<String> ids =
                statements().stream().map(s -> s.get("id").getAsString()).collect(Collectors.toList());
        List<LearnerRecords> renamed = ExportFixtures.learners().stream()
                .map(l -> new LearnerRecords(l.learnerId(), l.displayName() + " (renamed)", l.progress()))
                .collect(Collectors.toList());
        Course course = ExportFixtures.COURSE;
        Course withoutTheCases = new Course(
                course.method(),
                course.emotions(),
                course.tone(),
                course.story(),
                List.of(),
                course.problems(),
                Map.of());

        JsonArray reworded = new XapiExport(withoutTheCases, new XapiOptions(HOME, "https://lms.example.org/et"))
                .statements(renamed);

        assertThat(reworded.toString())
                .doesNotContain(ExportFixtures.COURSE.cases().get(0).title());
        assertThat(reworded.asList().stream()
                        .map(s -> s.getAsJsonObject().get("id").getAsString())
                        .collect(Collectors.toList()))
                .isEqualTo(ids);
    }

    @Test
    void nameBasedUuidsFollowRfc4122Version5() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(NameUuids.v5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void timestampsAreUtcAndDurationsIso8601() {
        assertThat(statements())
                .allSatisfy(s -> assertThat(s.get("timestamp").getAsString())
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"));
        assertThat(IsoTimes.duration(java.time.Duration.ofSeconds(90))).isEqualTo("PT1M30S");
        assertThat(IsoTimes.duration(java.time.Duration.ofMillis(7_384_256))).isEqualTo("PT2H3M4.25S");
        assertThat(IsoTimes.duration(java.time.Duration.ZERO)).isEqualTo("PT0S");
    }

    @Test
    void theFileIsAPrettyPrintedUtf8JsonArray() throws IOException {
        Path file = tmp.resolve("statements.json");

        int count = export.write(file, ExportFixtures.learners());

        JsonElement read = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(read.isJsonArray()).isTrue();
        assertThat(read.getAsJsonArray()).hasSize(count).isEqualTo(export.statements(ExportFixtures.learners()));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Bénédicte Ørsted 李", "Länger – ✓");
    }

    @Test
    void homePageAndActivityBaseMustBeAbsoluteUrls() {
        assertThatThrownBy(() -> XapiOptions.DEFAULTS.withHomePage("learners")).hasMessageContaining("absolute URL");
        assertThatThrownBy(() -> XapiOptions.DEFAULTS.withActivityBase("https://x.org/a b"))
                .hasMessageContaining("not a valid URL");
        assertThat(XapiOptions.DEFAULTS.withActivityBase("https://x.org/a").activityBase())
                .isEqualTo("https://x.org/a/");
    }

    private static List<String> ids(JsonArray components) {
        List<String> ids = new ArrayList<>();
        components.forEach(c -> ids.add(c.getAsJsonObject().get("id").getAsString()));
        return ids;
    }
}
