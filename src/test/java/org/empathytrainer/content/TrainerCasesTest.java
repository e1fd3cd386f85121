package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathytrainer.content.ContentRepositoryTest.array;
import static org.empathytrainer.content.TrainerFolder.png;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer's own folders of cases, loaded after the course: which files they offer, and their pictures. */
class TrainerCasesTest {

    @TempDir
    Path dir;

    private ContentFixture course;
    private TrainerFolder trainer;

    @BeforeEach
    void setUp() {
        course = ContentFixture.copyInto(dir.resolve("course"));
        trainer = TrainerFolder.at(dir.resolve("trainer"));
    }

    @Test
    void aFolderWithoutAnIndexOffersJsonFilesAtItsTopAndOneFolderDownInNameOrder() {
        trainer.addCase("d-top.json", "d-top")
                .addCase("b-top.json", "b-top")
                .addCase("a-folder/z-inner.json", "a-inner-z")
                .addCase("a-folder/m-inner.json", "a-inner-m")
                .addCase("c-folder/deeper/too-deep.json", "too-deep")
                .write("notes.txt", "not a case")
                .write("a-folder/notes.md", "not a case either");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases())
                .extracting(CustomerCase::id)
                .containsExactly("late-refund", "lost-card", "a-inner-m", "a-inner-z", "b-top", "d-top");
    }

    @Test
    void anIndexInASubfolderIsNotTakenForACase() {
        trainer.addCase("billing/late-fee.json", "late-fee")
                .write(
                        "billing/" + ContentRepository.INDEX,
                        indexListing("late-fee.json").toString());

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases()).extracting(CustomerCase::id).containsExactly("late-refund", "lost-card", "late-fee");
    }

    @Test
    void anExtraFolderWithAnIndexOffersOnlyTheCasesItListsInItsOrder() {
        trainer.addCase("cases/b-listed.json", "b-listed")
                .addCase("cases/a-listed.json", "a-listed")
                .addCase("cases/unlisted.json", "unlisted")
                .addCase("top.json", "top")
                .write(
                        ContentRepository.INDEX,
                        indexListing("cases/b-listed.json", "cases/a-listed.json")
                                .toString());

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases())
                .extracting(CustomerCase::id)
                .containsExactly("late-refund", "lost-card", "b-listed", "a-listed");
    }

    @Test
    void aFileAnExtraIndexListsButLacksIsReportedAndTheOthersLoad() {
        trainer.addCase("cases/present.json", "present")
                .write(
                        ContentRepository.INDEX,
                        indexListing("cases/ghost.json", "cases/present.json").toString());

        Course loaded = course.load(trainer);

        assertThat(loaded.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(trainer.name("cases/ghost.json") + ": the file is missing from " + trainer.root());
        assertThat(loaded.cases()).extracting(CustomerCase::id).containsExactly("late-refund", "lost-card", "present");
    }

    @Test
    void anIndexThatListsOnlyCasesIsEnoughForAnExtraFolder() {
        JsonObject index = new JsonObject();
        index.add("cases", array("cases/listed.json"));
        trainer.addCase("cases/listed.json", "listed")
                .addCase("cases/unlisted.json", "unlisted")
                .write(ContentRepository.INDEX, index.toString());

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases()).extracting(CustomerCase::id).containsExactly("late-refund", "lost-card", "listed");
    }

    @Test
    void extraFoldersLoadInTheOrderGiven() {
        TrainerFolder colleague = TrainerFolder.at(dir.resolve("colleague")).addCase("a.json", "colleague-case");
        trainer.addCase("a.json", "own-case");

        Course loaded = course.load(trainer, colleague);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases())
                .extracting(CustomerCase::id)
                .containsExactly("late-refund", "lost-card", "own-case", "colleague-case");
    }

    @Test
    void aMissingExtraFolderIsReportedAndTheCourseStillLoads() {
        Path gone = dir.resolve("gone");

        Course loaded = ContentRepository.load(course.source(), List.of(ContentSource.folder(gone)));

        assertThat(loaded.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(gone + ": the folder does not exist");
        assertThat(loaded.cases()).extracting(CustomerCase::id).containsExactlyElementsOf(ContentFixture.CASE_IDS);
    }

    @Test
    void extraCasesAreHeldBackWithTheCourseWhenItsPaletteIsBroken() {
        course.edit("emotions.json", json -> json.add("emotions", array()));
        trainer.addCase("own.json", "own-case");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).extracting(ContentProblem::field).containsExactly("emotions", "cases");
        assertThat(loaded.cases()).isEmpty();
    }

    @Test
    void aCaseWithAPictureInASubfolderLoadsAndItsPictureOpens() throws IOException {
        byte[] picture = png(3000);
        picture[2999] = 42;
        trainer.write("billing/scans/bill.png", picture)
                .addCaseWithImage("billing/late-fee.json", "late-fee", "scans/bill.png");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        CustomerCase lateFee = loaded.findCase("late-fee").orElseThrow();
        assertThat(lateFee.image()).isEqualTo(new CaseImage("scans/bill.png", "A photo the customer sent"));
        try (InputStream in = loaded.openImage(lateFee)) {
            assertThat(in.readAllBytes()).isEqualTo(picture);
        }
    }

    @Test
    void aCaseListedByAnExtraIndexOpensItsPictureBesideIt() throws IOException {
        byte[] picture = png(64);
        trainer.write("cases/photo.jpeg", picture)
                .addCaseWithImage("cases/parcel.json", "parcel", "photo.jpeg")
                .write(
                        ContentRepository.INDEX,
                        indexListing("cases/parcel.json").toString());

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        try (InputStream in = loaded.openImage(loaded.findCase("parcel").orElseThrow())) {
            assertThat(in.readAllBytes()).isEqualTo(picture);
        }
    }

    @Test
    void aPictureOfExactlyTheLargestSizeIsAccepted() {
        trainer.write("photo.png", TrainerFolder.png(Math.toIntExact(CaseImage.MAX_BYTES)))
                .addCaseWithImage("own.json", "own-case", "photo.png");

        Course loaded = course.load(trainer);

        assertThat(CaseImage.MAX_BYTES).isEqualTo(2 * 1024 * 1024);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.findCase("own-case")).isPresent();
    }

    @Test
    void pictureExtensionsAreAcceptedInAnyCase() {
        trainer.write("a.PNG", png(10))
                .write("b.Jpg", png(10))
                .write("c.JPEG", png(10))
                .addCaseWithImage("a.json", "a-case", "a.PNG")
                .addCaseWithImage("b.json", "b-case", "b.Jpg")
                .addCaseWithImage("c.json", "c-case", "c.JPEG");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.cases()).extracting(CustomerCase::id).endsWith("a-case", "b-case", "c-case");
    }

    @Test
    void aLinkThatStaysInsideTheCaseFolderIsAccepted() throws IOException {
        byte[] picture = png(100);
        trainer.write("pics/original.png", picture)
                .link("photo.png", trainer.root().resolve("pics/original.png"))
                .addCaseWithImage("own.json", "own-case", "photo.png");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems()).isEmpty();
        try (InputStream in = loaded.openImage(loaded.findCase("own-case").orElseThrow())) {
            assertThat(in.readAllBytes()).isEqualTo(picture);
        }
    }

    @Test
    void aFolderNamedLikeAPictureIsNotAPicture() {
        trainer.write("photo.png/inside.txt", "a folder, not a picture")
                .addCaseWithImage("own.json", "own-case", "photo.png");

        Course loaded = course.load(trainer);

        assertThat(loaded.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(
                        trainer.name("own.json") + ": image.file: \"photo.png\" does not exist in the case's folder");
        assertThat(loaded.findCase("own-case")).isEmpty();
    }

    @Test
    void openingThePictureOfACaseWithoutOneFails() {
        Course loaded = course.load();

        assertThatThrownBy(() -> loaded.openImage(loaded.findCase("lost-card").orElseThrow()))
                .isInstanceOf(IOException.class)
                .hasMessage("case lost-card has no picture");
    }

    @Test
    void aBuiltInFileThatIsNotAPictureIsRefused() {
        // Small enough, but text: its first bytes are not a picture's.
        assertThat(ContentSource.builtIn().checkImage(ContentRepository.INDEX, "emotions.json"))
                .contains("\"emotions.json\" is not a PNG or JPEG picture (its first bytes are those of neither)");
    }

    @Test
    void aMissingBuiltInPictureIsReported() {
        assertThat(ContentSource.builtIn().checkImage("cases/porch-parcel.json", "no-such-photo.png"))
                .contains("\"no-such-photo.png\" does not exist in the case's folder");
    }

    /** A whole-course index (as a copied course would have) listing the given case files. */
    private static JsonObject indexListing(String... cases) {
        JsonObject index = new JsonObject();
        index.addProperty("method", "method.json");
        index.addProperty("emotions", "emotions.json");
        index.addProperty("tone", "tone.json");
        index.addProperty("story", "story.json");
        index.add("cases", array(cases));
        return index;
    }
}
