package org.empathytrainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a trainer's case files kept between starts: a file unchanged since it was checked clean is not parsed
 * again, under the same build and palette; a changed file, another build or another palette and it is.
 */
class CaseIndexTest {
    private static final String BUILD = "1.0 2026-12-03T02:00:00Z";

    @TempDir
    Path dir;

    private ContentFixture course;
    private TrainerFolder trainer;

    @BeforeEach
    void setUp() {
        course = ContentFixture.copyInto(dir.resolve("course"));
        trainer = TrainerFolder.at(dir.resolve("trainer"));
        trainer.addCase("a-fee.json", "late-fee", json -> {
                    JsonArray tags = new JsonArray();
                    tags.add("billing");
                    tags.add("fees");
                    json.add("tags", tags);
                })
                .addCase("b-twice.json", "late-fee")
                .addCase("c-photo.json", "photo-case", json -> json.add("image", TrainerFolder.image("photo.png")))
                .write("photo.png", TrainerFolder.png(100))
                .write("d-broken.json", "{ \"id\": \"broken\", }");
    }

    private Loaded load(String build, CaseIndex previous) {
        ContentRepository.Indexed loaded =
                ContentRepository.load(course.source(), List.of(trainer.source()), build, List.of(previous));
        return new Loaded(loaded.course(), loaded.indexes().get(0));
    }

    /** The course, and the trainer folder's index. */
    private record Loaded(Course course, CaseIndex index) {}

    /** Overwrites a file with as many bytes that are not JSON, keeping its size and time: only a parse can tell. */
    private void spoilKeepingStamp(String file) throws IOException {
        Path p = trainer.root().resolve(file);
        FileTime modified = Files.getLastModifiedTime(p);
        byte[] junk = new byte[(int) Files.size(p)];
        Arrays.fill(junk, (byte) 'x');
        Files.write(p, junk);
        Files.setLastModifiedTime(p, modified);
    }

    @Test
    void theFirstLoadIndexesTheFilesThatLoadedCleanAndNothingElse() {
        Loaded first = load(BUILD, CaseIndex.empty());

        assertThat(first.course().cases())
                .extracting(CustomerCase::id)
                .containsExactly("late-refund", "lost-card", "late-fee", "photo-case");
        assertThat(first.course().problems())
                .extracting(ContentProblem::file)
                .containsExactly(trainer.name("b-twice.json"), trainer.name("d-broken.json"));
        assertThat(first.index().size()).isEqualTo(2);
        assertThat(first.index().differsFrom(CaseIndex.empty())).isTrue();
    }

    @Test
    void aFileUnchangedSinceIsNotParsedAgainAndItsBodyIsReadWhenOpened() throws IOException {
        Loaded first = load(BUILD, CaseIndex.empty());
        spoilKeepingStamp("a-fee.json");

        Loaded second = load(BUILD, first.index());

        CustomerCase fee = second.course().findCase("late-fee").orElseThrow();
        assertThat(second.course().problems()).hasSameElementsAs(first.course().problems());
        assertThat(fee.title()).isEqualTo("Case late-fee");
        assertThat(fee.tags()).containsExactly("billing", "fees");
        assertThat(fee.bodyLoaded()).isFalse();
        assertThat(second.index().differsFrom(first.index())).isFalse();
        // Opening it parses the file, which now says what is wrong.
        assertThatThrownBy(fee::place)
                .isInstanceOf(CaseUnavailableException.class)
                .hasMessageStartingWith(trainer.name("a-fee.json") + ": is not valid JSON");
    }

    @Test
    void aChangedFileIsParsedAgain() throws IOException {
        Loaded first = load(BUILD, CaseIndex.empty());
        trainer.addCase("a-fee.json", "late-fee", json -> json.addProperty("title", "A fee, retitled"));
        Files.setLastModifiedTime(
                trainer.root().resolve("a-fee.json"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        Loaded second = load(BUILD, first.index());

        assertThat(second.course().findCase("late-fee").orElseThrow().title()).isEqualTo("A fee, retitled");
        assertThat(second.index().differsFrom(first.index())).isTrue();
    }

    @Test
    void anIndexOfAnotherBuildOrPaletteIsNotUsed() throws IOException {
        Loaded first = load(BUILD, CaseIndex.empty());
        spoilKeepingStamp("a-fee.json");

        assertThat(load("1.0 2026-12-04T09:00:00Z", first.index()).course().problems())
                .extracting(ContentProblem::file)
                .contains(trainer.name("a-fee.json"));

        course.edit("emotions.json", json -> {
            JsonObject relieved = new JsonObject();
            relieved.addProperty("id", "relieved");
            relieved.addProperty("label", "Relieved");
            relieved.addProperty("description", "A weight off.");
            json.getAsJsonArray("emotions").add(relieved);
        });
        assertThat(load(BUILD, first.index()).course().problems())
                .extracting(ContentProblem::file)
                .contains(trainer.name("a-fee.json"));
    }

    @Test
    void aPictureGoneSinceIsStillFound() throws IOException {
        Loaded first = load(BUILD, CaseIndex.empty());
        Files.delete(trainer.root().resolve("photo.png"));

        Loaded second = load(BUILD, first.index());

        assertThat(second.course().findCase("photo-case")).isEmpty();
        assertThat(second.course().problems())
                .extracting(ContentProblem::file, ContentProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple(trainer.name("c-photo.json"), "image.file"));
    }

    @Test
    void writtenAndReadBackItKnowsTheSameCases() throws IOException {
        CaseIndex index = load(BUILD, CaseIndex.empty()).index();
        StringWriter text = new StringWriter();
        index.write(text);

        CaseIndex back = CaseIndex.read(new StringReader(text.toString()));

        assertThat(back.differsFrom(index)).isFalse();
        CustomerCase photo = load(BUILD, back).course().findCase("photo-case").orElseThrow();
        CustomerCase parsed = ContentRepository.loadWhole(course.source(), List.of(trainer.source()))
                .findCase("photo-case")
                .orElseThrow();
        assertThat(photo.bodyLoaded()).as("known from the index").isFalse();
        assertThat(List.of(
                        photo.id(),
                        photo.version(),
                        photo.title(),
                        photo.summary(),
                        photo.channel(),
                        photo.industry(),
                        photo.difficulty(),
                        photo.tags(),
                        photo.customer(),
                        photo.image()))
                .isEqualTo(List.of(
                        parsed.id(),
                        parsed.version(),
                        parsed.title(),
                        parsed.summary(),
                        parsed.channel(),
                        parsed.industry(),
                        parsed.difficulty(),
                        parsed.tags(),
                        parsed.customer(),
                        parsed.image()));
    }

    @Test
    void aFileThatIsNotAnIndexIsRefusedWithWhere() {
        assertThatThrownBy(() -> CaseIndex.read(new StringReader("{\"format\": 1, \"cases\": [{\"stamp\": 3")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("$.cases[0]");
        assertThatThrownBy(() -> CaseIndex.read(new StringReader("{\"format\": 1, \"cases\": [{\"stamp\": \"s\"}]}")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not an index of trainer cases");
    }
}
