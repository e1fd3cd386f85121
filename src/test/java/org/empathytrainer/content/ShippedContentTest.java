package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Loads every file shipped in assets/, as the application does. Maven runs tests from the project root. */
class ShippedContentTest {
    private static final Path ASSETS = Path.of("assets");

    private final Course course = ContentRepository.load(ContentSource.folder(ASSETS));

    @Test
    void everyShippedFileLoadsWithoutProblems() {
        assertThat(course.problems()).extracting(ContentProblem::toString).isEmpty();
        assertThat(course.method()).isNotNull();
        assertThat(course.emotions()).isNotNull();
        assertThat(course.tone()).isNotNull();
    }

    @Test
    void theStoryHasAtLeastOneSceneForEachStep() {
        Story story = course.storyIfLoaded().orElseThrow();

        Set<Step> shown = story.scenes().stream()
                .map(Scene::step)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
        assertThat(shown).containsExactlyInAnyOrder(Step.values());
    }

    @Test
    void atLeastOneCaseShipsAndEachUsesOnlyPaletteEmotions() {
        assertThat(course.cases()).isNotEmpty();
        for (CustomerCase c : course.cases()) {
            assertThat(c.sense().feelings())
                    .extracting(ExpectedFeeling::emotion)
                    .as("emotions of %s", c.id())
                    .allSatisfy(id -> assertThat(course.emotions().find(id)).isPresent());
        }
    }

    @Test
    void thePalettesNearSynonymGroupsReachEveryCase() {
        for (CustomerCase c : course.cases()) {
            assertThat(c.sense().near("anxiety", "panic"))
                    .as("anxiety near panic in %s", c.id())
                    .isTrue();
            assertThat(c.sense().near("impatience", "anger")).isTrue();
            assertThat(c.sense().near("relief", "anger")).isFalse();
        }
    }

    @Test
    void everyCaseHasADebriefAndAModelReplyWithAnAgentTurn() {
        for (CustomerCase c : course.cases()) {
            assertThat(c.debrief()).as("debrief of %s", c.id()).isNotNull();
            assertThat(c.modelReplyText()).as("model reply of %s", c.id()).isNotBlank();
        }
    }

    @Test
    void theArticlesParcelCaseIsAmongTheCases() {
        assertThat(course.cases()).extracting(CustomerCase::id).contains("porch-parcel");
    }

    @Test
    void everyJsonFileInAssetsIsListedInTheIndex() throws IOException {
        JsonObject index = JsonParser.parseString(Files.readString(ASSETS.resolve(ContentRepository.INDEX)))
                .getAsJsonObject();
        List<String> listed = new ArrayList<>(List.of(ContentRepository.INDEX));
        for (String key : List.of("method", "emotions", "tone", "story")) {
            listed.add(index.get(key).getAsString());
        }
        for (JsonElement file : index.getAsJsonArray("cases")) {
            listed.add(file.getAsString());
        }

        List<String> shipped;
        try (Stream<Path> files = Files.walk(ASSETS)) {
            shipped = files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> ASSETS.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toList());
        }
        assertThat(listed).containsAll(shipped);
    }

    @Test
    void theBuiltInCopyInsideTheApplicationLoadsTheSameCases() {
        Course builtIn = ContentRepository.load(ContentSource.builtIn());

        assertThat(builtIn.problems()).extracting(ContentProblem::toString).isEmpty();
        assertThat(builtIn.cases())
                .extracting(CustomerCase::id)
                .containsExactlyElementsOf(
                        course.cases().stream().map(CustomerCase::id).collect(Collectors.toList()));
    }

    @Test
    void everyStorySceneHasANoteForTheTrainer() {
        Story story = ContentRepository.load(ContentSource.builtIn(), java.util.List.of())
                .story();

        assertThat(story.scenes())
                .allSatisfy(scene -> assertThat(scene.trainerNote()).isPresent());
    }
}
