package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer's cases keep only what home lists them by once their files are checked; the rest is read again from the
 * file when a case is opened, and a file that changed or went in the meantime is named with what is wrong.
 */
class LightTrainerCasesTest {
    @TempDir
    Path dir;

    private ContentFixture course;
    private TrainerFolder trainer;

    @BeforeEach
    void setUp() {
        course = ContentFixture.copyInto(dir.resolve("course"));
        trainer = TrainerFolder.at(dir.resolve("trainer"));
        trainer.addCase("late-fee.json", "late-fee").addCase("late-fee-2.json", "late-fee-2");
    }

    private Course light() {
        return course.load(trainer);
    }

    private Course whole() {
        return ContentRepository.loadWhole(course.source(), List.of(trainer.source()));
    }

    @Test
    void aTrainerCaseIsHeldLightAndReadAgainWholeWhenFirstOpened() {
        Course loaded = light();
        CustomerCase fee = loaded.findCase("late-fee").orElseThrow();
        CustomerCase same = whole().findCase("late-fee").orElseThrow();

        assertThat(fee.bodyLoaded()).isFalse();
        assertThat(loaded.findCase("late-refund").orElseThrow().bodyLoaded())
                .as("the course's own cases stay whole")
                .isTrue();
        assertThat(fee.title()).isEqualTo("Case late-fee");

        assertThat(fee.sense()).isEqualTo(same.sense());
        assertThat(fee.bodyLoaded()).isTrue();
        assertThat(fee.conversation()).isEqualTo(same.conversation());
        assertThat(fee.modelReplyText()).isEqualTo(same.modelReplyText());
        assertThat(fee.toneFacts()).isEqualTo(same.toneFacts());
        assertThat(loaded.findCase("late-fee-2").orElseThrow().bodyLoaded())
                .as("the other case is not read for this one")
                .isFalse();
    }

    @Test
    void theSensesGroupsOfNearSynonymsComeBackWithTheBody() {
        course.edit("emotions.json", json -> {
            var emotions = json.getAsJsonArray("emotions");
            emotions.get(0).getAsJsonObject().addProperty("group", "unease");
            emotions.get(3).getAsJsonObject().addProperty("group", "unease");
        });
        Course loaded = light();
        CustomerCase fee = loaded.findCase("late-fee").orElseThrow();

        assertThat(fee.bodyLoaded()).isFalse();
        assertThat(fee.sense().groups()).isEqualTo(Map.of("worried", "unease", "embarrassed", "unease"));
    }

    @Test
    void aFileGoneSinceLoadingIsNamedWhenTheCaseIsOpened() throws IOException {
        CustomerCase fee = light().findCase("late-fee").orElseThrow();
        Files.delete(trainer.root().resolve("late-fee.json"));

        assertThatThrownBy(fee::place)
                .isInstanceOf(CaseUnavailableException.class)
                .hasMessage(trainer.name("late-fee.json") + ": the file is missing from "
                        + trainer.source().description());
        assertThat(fee.bodyLoaded()).isFalse();
    }

    @Test
    void aNewVersionSinceLoadingAsksForAStartAgain() {
        CustomerCase fee = light().findCase("late-fee").orElseThrow();
        trainer.addCase("late-fee.json", "late-fee", json -> json.addProperty("version", 7));

        assertThatThrownBy(fee::discuss)
                .isInstanceOf(CaseUnavailableException.class)
                .hasMessage(trainer.name("late-fee.json") + ": version: is now 7, not 1 as when the course was "
                        + "loaded: start the app again to use the new version");
    }

    @Test
    void anotherCaseInTheFileSinceLoadingIsNamed() {
        CustomerCase fee = light().findCase("late-fee").orElseThrow();
        trainer.addCase("late-fee.json", "late-fee-renamed");

        assertThatThrownBy(fee::fix)
                .isInstanceOf(CaseUnavailableException.class)
                .satisfies(e -> assertThat(((CaseUnavailableException) e).problem())
                        .isEqualTo(new ContentProblem(
                                trainer.name("late-fee.json"),
                                "id",
                                "is now \"late-fee-renamed\", not \"late-fee\" as when the course was loaded")));
    }

    @Test
    void aFileBrokenSinceLoadingIsNamedWithItsFieldAndAFixedOneOpensAfterwards() {
        CustomerCase fee = light().findCase("late-fee").orElseThrow();
        String summary = fee.summary();
        trainer.addCase("late-fee.json", "late-fee", json -> json.remove("debrief"));

        assertThatThrownBy(fee::debrief)
                .isInstanceOf(CaseUnavailableException.class)
                .hasMessage(trainer.name("late-fee.json") + ": debrief: is missing");

        trainer.addCase("late-fee.json", "late-fee", json -> json.addProperty("summary", "Edited, same version."));
        assertThat(fee.debrief())
                .isEqualTo(whole().findCase("late-fee").orElseThrow().debrief());
        assertThat(fee.summary()).as("what home shows stays as loaded").isEqualTo(summary);
    }
}
