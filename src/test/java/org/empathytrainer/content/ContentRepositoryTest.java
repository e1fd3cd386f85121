package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentRepositoryTest {
    private static final String CASES_HELD_BACK =
            "no case can be shown until the method, the emotions and the tone phrases load";

    @TempDir
    Path dir;

    @Test
    void aValidFolderLoadsEveryPartWithoutProblems() {
        Course course = ContentFixture.copyInto(dir).load();

        assertThat(course.problems()).isEmpty();
        assertThat(course.method().steps()).extracting(MethodStep::step).containsExactly(Step.values());
        assertThat(course.emotions().emotions())
                .extracting(Emotion::id)
                .containsExactly("worried", "frustrated", "calm", "embarrassed");
        assertThat(course.tone().groups())
                .extracting(PhraseGroup::id, PhraseGroup::pitfall)
                .containsExactly(tuple("understanding", false), tuple("dismissing", true));
        assertThat(course.story().scenes()).extracting(Scene::step).containsExactly(Step.values());
        assertThat(course.story().reflectionPrompt()).isEqualTo("When did someone do this for you?");
        assertThat(course.cases()).extracting(CustomerCase::id).containsExactlyElementsOf(ContentFixture.CASE_IDS);
    }

    @Test
    void aCaseIsReadFieldByField() {
        CustomerCase refund =
                ContentFixture.copyInto(dir).load().findCase("late-refund").orElseThrow();

        assertThat(refund.version()).isEqualTo(2);
        assertThat(refund.channel()).isEqualTo("phone");
        assertThat(refund.industry()).isEqualTo("retail");
        assertThat(refund.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(refund.image()).isNull();
        assertThat(refund.tags()).containsExactly("refund", "retail");
        assertThat(refund.conversation())
                .extracting(Utterance::speaker)
                .containsExactly(Utterance.Speaker.CUSTOMER, Utterance.Speaker.AGENT);
        assertThat(refund.agentView().fields()).extracting(RecordField::label).containsExactly("Received", "Refund");
        assertThat(refund.place().concern("apology")).map(Concern::credit).contains(0.5);
        assertThat(refund.sense().expected("frustrated"))
                .map(ExpectedFeeling::intensity)
                .contains(2);
        assertThat(refund.discuss().bestOption().id()).isEqualTo("hear-you");
        assertThat(refund.discuss().option("policy")).map(AckOption::kind).contains(AckKind.DEFENDING);
        assertThat(refund.fix().action("escalate")).map(ActionOption::kind).contains(ActionKind.PREMATURE);
        assertThat(refund.fix().order()).containsExactly("check-status", "issue-refund", "confirm-email");
    }

    @Test
    void aModelReplyWrittenAsOneTextIsOneAgentTurn() {
        CustomerCase card =
                ContentFixture.copyInto(dir).load().findCase("lost-card").orElseThrow();

        assertThat(card.modelReply())
                .containsExactly(new Utterance(
                        Utterance.Speaker.AGENT,
                        "Being stuck abroad without money is frightening. I have blocked the card and cash is on its"
                                + " way."));
        assertThat(card.modelReplyText()).isEqualTo(card.modelReply().get(0).text());
    }

    @Test
    void aModelReplyWrittenAsTurnsKeepsTheirOrderAndComparesOnTheAgentsTurns() {
        JsonArray turns = new JsonArray();
        turns.add(turn("agent", "Is your son breathing normally?"));
        turns.add(turn("customer", "Yes."));
        turns.add(turn("agent", "Good. Keep the pen close."));
        CustomerCase card = ContentFixture.copyInto(dir)
                .edit(ContentFixture.CARD_CASE, j -> j.add("modelReply", turns))
                .load()
                .findCase("lost-card")
                .orElseThrow();

        assertThat(card.modelReply())
                .extracting(Utterance::speaker)
                .containsExactly(Utterance.Speaker.AGENT, Utterance.Speaker.CUSTOMER, Utterance.Speaker.AGENT);
        assertThat(card.modelReplyText()).isEqualTo("Is your son breathing normally?\n\nGood. Keep the pen close.");
        assertThat(card.debrief().expertMove())
                .isEqualTo("Block the card and get cash moving before explaining anything.");
    }

    private static JsonObject turn(String speaker, String text) {
        JsonObject t = new JsonObject();
        t.addProperty("speaker", speaker);
        t.addProperty("text", text);
        return t;
    }

    @Test
    void optionalListsMayBeLeftOut() {
        Course course = ContentFixture.copyInto(dir).load();

        assertThat(course.findCase("lost-card").orElseThrow().tags()).isEmpty();
        assertThat(course.method().step(Step.SENSE).selfCheck()).isEmpty();
        assertThat(course.method().step(Step.PLACE).selfCheck())
                .extracting(CheckItem::id)
                .containsExactly("first-person");
    }

    @Test
    void casesComeInTheOrderTheIndexGives() {
        ContentFixture fixture = ContentFixture.copyInto(dir)
                .edit(
                        ContentRepository.INDEX,
                        json -> json.add("cases", array(ContentFixture.CARD_CASE, ContentFixture.REFUND_CASE)));

        assertThat(fixture.load().cases()).extracting(CustomerCase::id).containsExactly("lost-card", "late-refund");
    }

    @Test
    void findCaseIsEmptyForAnUnknownId() {
        assertThat(ContentFixture.copyInto(dir).load().findCase("no-such-case")).isEmpty();
    }

    @Test
    void withoutTheIndexNothingLoadsAndTheMissingIndexIsReported() throws Exception {
        ContentFixture fixture = ContentFixture.copyInto(dir);
        Files.delete(dir.resolve(ContentRepository.INDEX));

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(fixture.name("course.json") + ": the file is missing from " + fixture.description());
        assertThat(course.storyIfLoaded()).isEmpty();
        assertThat(course.cases()).isEmpty();
    }

    @Test
    void casesAreHeldBackWhileTheEmotionsPaletteIsBrokenButTheStoryStillLoads() {
        ContentFixture fixture =
                ContentFixture.copyInto(dir).edit("emotions.json", json -> json.add("emotions", new JsonArray()));

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        fixture.name("emotions.json") + ": emotions: must not be empty",
                        fixture.name("course.json") + ": cases: " + CASES_HELD_BACK);
        assertThat(course.cases()).isEmpty();
        assertThat(course.storyIfLoaded()).isPresent();
        assertThat(course.method()).isNotNull();
        assertThat(course.tone()).isNotNull();
    }

    @Test
    void aMethodWithoutAllFourStepsHoldsBackTheCases() {
        ContentFixture fixture = ContentFixture.copyInto(dir)
                .edit("method.json", json -> json.getAsJsonArray("steps").remove(3));

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        fixture.name("method.json")
                                + ": steps: must list the four steps place, sense, discuss, fix; found 3",
                        fixture.name("course.json") + ": cases: " + CASES_HELD_BACK);
        assertThat(course.cases()).isEmpty();
        assertThat(course.emotions()).isNotNull();
    }

    @Test
    void methodStepsOutOfOrderNameTheStepExpected() {
        ContentFixture fixture = ContentFixture.copyInto(dir).edit("method.json", json -> {
            JsonArray steps = json.getAsJsonArray("steps");
            steps.set(1, steps.get(2).deepCopy());
        });

        assertThat(fixture.load().problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        fixture.name("method.json")
                                + ": steps[1].id: must be \"sense\" (the steps go place, sense, discuss," + " fix)",
                        fixture.name("course.json") + ": cases: " + CASES_HELD_BACK);
    }

    @Test
    void aBrokenTonePhraseFileHoldsBackTheCases() {
        ContentFixture fixture = ContentFixture.copyInto(dir)
                .edit(
                        "tone.json",
                        json -> json.getAsJsonArray("groups")
                                .get(1)
                                .getAsJsonObject()
                                .addProperty("kind", "warning"));

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        fixture.name("tone.json") + ": groups[1].kind: \"warning\" must be marker or pitfall",
                        fixture.name("course.json") + ": cases: " + CASES_HELD_BACK);
        assertThat(course.cases()).isEmpty();
        assertThat(course.storyIfLoaded()).isPresent();
    }

    @Test
    void aFileOutsideTheContentFolderIsRefused() throws Exception {
        Path content = dir.resolve("content");
        ContentFixture fixture = ContentFixture.copyInto(content)
                .edit(ContentRepository.INDEX, json -> json.addProperty("story", "../story.json"));
        Files.copy(content.resolve("story.json"), dir.resolve("story.json"));

        Course course = fixture.load();

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(fixture.name("../story.json")
                        + ": cannot be read: ../story.json lies outside the content folder");
        assertThat(course.storyIfLoaded()).isEmpty();
        assertThat(course.cases()).hasSize(2);
    }

    @Test
    void aFileThatIsNotAnObjectIsReported() {
        ContentFixture fixture = ContentFixture.copyInto(dir).write("story.json", "[1, 2]");

        assertThat(fixture.load().problems())
                .extracting(ContentProblem::toString)
                .containsExactly(fixture.name("story.json") + ": the file must hold one JSON object");
    }

    @Test
    void aFolderSourceNamesItselfAndItsFilesByThePathAsGiven() {
        ContentSource source = ContentSource.folder(Path.of("trainer", "cases"));

        assertThat(source.description()).isEqualTo(Path.of("trainer", "cases").toString());
        assertThat(source.displayName("billing/late-fee.json"))
                .isEqualTo(
                        Path.of("trainer", "cases", "billing", "late-fee.json").toString());
    }

    @Test
    void theBuiltInSourceNamesFilesByTheirPathInsideTheContent() {
        ContentSource source = ContentSource.builtIn();

        assertThat(source.description()).isEqualTo("built-in content");
        assertThat(source.displayName("cases/porch-parcel.json")).isEqualTo("cases/porch-parcel.json");
    }

    static JsonArray array(String... values) {
        JsonArray array = new JsonArray();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }

    /** The object at a dotted path such as {@code place.concerns[1]}. */
    static JsonObject at(JsonObject json, String path) {
        JsonObject current = json;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                current = current.getAsJsonObject(part);
            } else {
                int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                current = current.getAsJsonArray(part.substring(0, bracket))
                        .get(index)
                        .getAsJsonObject();
            }
        }
        return current;
    }
}
