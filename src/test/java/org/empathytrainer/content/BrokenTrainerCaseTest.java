package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.empathytrainer.content.ContentFixture.REFUND_CASE;
import static org.empathytrainer.content.ContentRepositoryTest.at;
import static org.empathytrainer.content.TrainerFolder.png;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken case per variant in a trainer's own folder, loaded after the fixture course and a colleague's folder:
 * the problem must name the file, the field and what is wrong, and every other case must still load.
 */
class BrokenTrainerCaseTest {
    private static final String BROKEN = "broken.json";
    private static final String BROKEN_ID = "broken-case";

    @TempDir
    Path dir;

    /** The content of one variant: a course, a colleague's folder loaded first, and the trainer's folder. */
    record Setup(Path dir, ContentFixture course, TrainerFolder colleague, TrainerFolder trainer) {
        /** A picture outside both trainer folders, to try to reach. */
        Path outsidePicture() {
            return dir.resolve("outside.png");
        }

        String broken() {
            return trainer.name(BROKEN);
        }
    }

    record Variant(String name, Consumer<Setup> breakIt, Function<Setup, String> problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                new Variant(
                        "picture path climbing out with ../",
                        s -> s.trainer().addCaseWithImage(BROKEN, BROKEN_ID, "../outside.png"),
                        s -> s.broken() + ": image.file: \"../outside.png\" leaves the case's folder (\"..\" is not"
                                + " allowed)"),
                new Variant(
                        "picture path dipping into a folder and climbing out",
                        s -> s.trainer()
                                .write("pics/photo.png", png(10))
                                .addCaseWithImage(BROKEN, BROKEN_ID, "pics/../../outside.png"),
                        s -> s.broken() + ": image.file: \"pics/../../outside.png\" leaves the case's folder (\"..\" is"
                                + " not allowed)"),
                new Variant(
                        "picture path climbing out with a Windows separator",
                        s -> s.trainer().addCaseWithImage(BROKEN, BROKEN_ID, "..\\outside.png"),
                        s -> s.broken() + ": image.file: \"..\\outside.png\" leaves the case's folder (\"..\" is not"
                                + " allowed)"),
                new Variant(
                        "absolute picture path",
                        s -> s.trainer()
                                .addCaseWithImage(
                                        BROKEN, BROKEN_ID, s.outsidePicture().toString()),
                        s -> s.broken() + ": image.file: \"" + s.outsidePicture() + "\" must be a path inside the"
                                + " case's folder, not an absolute path"),
                new Variant(
                        "picture behind a link to a file outside the case's folder",
                        s -> s.trainer()
                                .addCaseWithImage(BROKEN, BROKEN_ID, "photo.png")
                                .link("photo.png", s.outsidePicture()),
                        s -> s.broken() + ": image.file: \"photo.png\" lies outside the case's folder"),
                new Variant(
                        "picture in a linked folder that leads outside",
                        s -> s.trainer()
                                .addCaseWithImage(BROKEN, BROKEN_ID, "pics/outside.png")
                                .link("pics", s.dir()),
                        s -> s.broken() + ": image.file: \"pics/outside.png\" lies outside the case's folder"),
                new Variant(
                        "picture one byte over the limit",
                        s -> s.trainer()
                                .writeOfSize("photo.png", CaseImage.MAX_BYTES + 1)
                                .addCaseWithImage(BROKEN, BROKEN_ID, "photo.png"),
                        s -> s.broken() + ": image.file: \"photo.png\" is larger than 2 MB"),
                new Variant(
                        "missing picture",
                        s -> s.trainer().addCaseWithImage(BROKEN, BROKEN_ID, "photo.png"),
                        s -> s.broken() + ": image.file: \"photo.png\" does not exist in the case's folder"),
                new Variant(
                        "picture that is neither PNG nor JPEG",
                        s -> s.trainer().write("photo.gif", png(10)).addCaseWithImage(BROKEN, BROKEN_ID, "photo.gif"),
                        s -> s.broken() + ": image.file: \"photo.gif\" must be a PNG or JPEG picture"),
                new Variant(
                        "NUL character in the picture path",
                        s -> s.trainer().addCaseWithImage(BROKEN, BROKEN_ID, "\u0000.png"),
                        s -> s.broken() + ": image.file: \"\\u0000.png\" is not a possible file name"),
                new Variant(
                        "text file named as a picture",
                        s -> s.trainer()
                                .write("photo.png", "not a picture\n")
                                .addCaseWithImage(BROKEN, BROKEN_ID, "photo.png"),
                        s -> s.broken()
                                + ": image.file: \"photo.png\" is not a PNG or JPEG picture (its first bytes are"
                                + " those of neither)"),
                new Variant(
                        "NUL character in a case the folder's index lists",
                        s -> s.trainer()
                                .write(ContentRepository.INDEX, "{\"cases\": [\"good.json\", \"\\u0000.json\"]}"),
                        s -> s.trainer().root()
                                + "/\\u0000.json: cannot be read: \"\\u0000.json\" is not a possible file"
                                + " name: Nul character not allowed"),
                new Variant(
                        "case saved as Latin-1",
                        s -> s.trainer()
                                .write(
                                        BROKEN,
                                        "{\n  \"id\": \"broken-case\",\n  \"title\": \"Caf\u00e9\"\n}"
                                                .getBytes(StandardCharsets.ISO_8859_1)),
                        s -> s.broken() + ": is not UTF-8 text: the byte 0xE9 on line 3 is not UTF-8 (saved as"
                                + " Windows-1252 or Latin-1?); save the file as UTF-8"),
                new Variant(
                        "same field twice",
                        s -> s.trainer().write(BROKEN, "{\n  \"id\": \"broken-case\",\n  \"id\": \"other-case\"\n}"),
                        s -> s.broken() + ": id: appears twice in the same object (the second at line 3 column 7);"
                                + " keep one"),
                new Variant(
                        "right-to-left override in a quoted value",
                        s -> s.trainer().addCase(BROKEN, BROKEN_ID, j -> j.addProperty("difficulty", "\u202Eexpert")),
                        s -> s.broken() + ": difficulty: \"\\u202Eexpert\" is not one of beginner, intermediate,"
                                + " advanced"),
                new Variant(
                        "picture without a description",
                        s -> s.trainer().write("photo.png", png(10)).addCase(BROKEN, BROKEN_ID, j -> {
                            j.add("image", TrainerFolder.image("photo.png"));
                            j.getAsJsonObject("image").remove("alt");
                        }),
                        s -> s.broken() + ": image.alt: is missing"),
                new Variant(
                        "missing difficulty",
                        s -> s.trainer().addCase(BROKEN, BROKEN_ID, j -> j.remove("difficulty")),
                        s -> s.broken() + ": difficulty: is missing"),
                new Variant(
                        "unknown difficulty word",
                        s -> s.trainer().addCase(BROKEN, BROKEN_ID, j -> j.addProperty("difficulty", "expert")),
                        s -> s.broken() + ": difficulty: \"expert\" is not one of beginner, intermediate, advanced"),
                new Variant(
                        "missing industry",
                        s -> s.trainer().addCase(BROKEN, BROKEN_ID, j -> j.remove("industry")),
                        s -> s.broken() + ": industry: is missing"),
                new Variant(
                        "id of a case in the course",
                        s -> s.trainer().addCase(BROKEN, "late-refund"),
                        s -> s.broken() + ": id: \"late-refund\" is already the id of the case in "
                                + s.course().name(REFUND_CASE)),
                new Variant(
                        "id of a case in another trainer folder",
                        s -> s.trainer().addCase(BROKEN, "colleague-case"),
                        s -> s.broken() + ": id: \"colleague-case\" is already the id of the case in "
                                + s.colleague().name("colleague.json")),
                new Variant(
                        "emotion the course's palette lacks",
                        s -> s.trainer()
                                .addCase(
                                        BROKEN,
                                        BROKEN_ID,
                                        j -> at(j, "sense.feelings[0]").addProperty("emotion", "bored")),
                        s -> s.broken() + ": sense.feelings[0].emotion: \"bored\" is not in the emotions palette"),
                new Variant(
                        "invalid JSON",
                        s -> s.trainer().write(BROKEN, "{\n  \"id\": \"broken-case\"\n  \"version\": 2\n}"),
                        s -> s.broken()
                                + ": is not valid JSON: an object is not closed (a missing comma or closing brace?) at line 3 column 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aBrokenTrainerCaseIsReportedExactlyAndEveryOtherCaseStillLoads(Variant variant) throws IOException {
        Setup setup = new Setup(
                dir,
                ContentFixture.copyInto(dir.resolve("course")),
                TrainerFolder.at(dir.resolve("colleague")).addCase("colleague.json", "colleague-case"),
                TrainerFolder.at(dir.resolve("trainer")).addCase("good.json", "own-case"));
        Files.write(setup.outsidePicture(), png(10));
        variant.breakIt().accept(setup);

        Course course = setup.course().load(setup.colleague(), setup.trainer());

        assertThat(course.problems())
                .extracting(ContentProblem::toString)
                .containsExactly(variant.problem().apply(setup));
        assertThat(course.cases())
                .extracting(CustomerCase::id)
                .containsExactly("late-refund", "lost-card", "colleague-case", "own-case");
        assertThat(course.findCase("late-refund").orElseThrow().title()).isEqualTo("The refund that never came");
        assertThat(course.findCase("colleague-case").orElseThrow().title()).isEqualTo("Case colleague-case");
    }
}
