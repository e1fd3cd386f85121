package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonStoreTest {
    @TempDir
    Path data;

    private LessonStore store() {
        return new LessonStore(data, false);
    }

    @Test
    void aSavedLessonIsFoundAgainByItsNameWhateverItsCase() throws StoreException {
        Lesson monday = new Lesson("Monday group", true, List.of("porch-parcel", "frozen-bank-card"));

        Path file = store().save(monday);

        assertThat(file).isEqualTo(data.resolve("lessons").resolve("monday-group.json"));
        assertThat(file)
                .hasContent("{\n  \"schemaVersion\": 1,\n  \"name\": \"Monday group\",\n  \"story\": true,\n"
                        + "  \"cases\": [\n    \"porch-parcel\",\n    \"frozen-bank-card\"\n  ]\n}");
        assertThat(store().find("monday GROUP")).contains(monday);
        assertThat(store().find("Tuesday")).isEmpty();
        assertThat(store().list().names()).containsExactly("Monday group");
    }

    @Test
    void savingUnderTheSameNameReplacesTheLesson() throws StoreException {
        store().save(new Lesson("Late shift", true, List.of()));
        store().save(new Lesson("late shift", false, List.of("porch-parcel")));

        assertThat(store().list().lessons()).containsExactly(new Lesson("late shift", false, List.of("porch-parcel")));
    }

    @Test
    void aLessonFileRenamedByHandIsStillFoundByTheNameInside() throws Exception {
        Path file = store().save(new Lesson("Induction", true, List.of()));
        Files.move(file, file.resolveSibling("copy-of-induction.json"));

        assertThat(store().find("Induction")).map(Lesson::story).contains(true);
    }

    @Test
    void aBrokenLessonFileIsReportedWithItsFileAndField() throws IOException {
        Path file = lessonFile(
                "broken.json",
                "{\"schemaVersion\": 1, \"name\": \"Broken\", \"story\": true, " + "\"cases\": [\"porch-parcel\", 7]}");

        assertThatThrownBy(() -> store().find("Broken"))
                .isInstanceOf(StoreException.class)
                .hasMessage("Lesson file " + file + ": cases[1]: must be a case id, not 7");
    }

    @Test
    void everyKindOfDamageNamesItsField() throws IOException {
        lessonFile("a.json", "{\"schemaVersion\": 1, \"name\": \"A\", \"story\": \"yes\", \"cases\": []}");
        lessonFile("b.json", "{\"schemaVersion\": 1, \"story\": true, \"cases\": []}");
        lessonFile("c.json", "{\"schemaVersion\": 1, \"name\": \"C\", \"story\": false, \"cases\": []}");
        lessonFile("d.json", "not json");
        lessonFile("e.json", "{\"schemaVersion\": 9, \"name\": \"E\", \"story\": true, \"cases\": []}");
        lessonFile("f.json", "{\"schemaVersion\": 1, \"name\": \"F\", \"story\": true, \"cases\": {}}");
        store().save(new Lesson("Good", true, List.of()));

        LessonStore.Listing listing = store().list();

        assertThat(listing.names()).containsExactly("Good");
        assertThat(listing.unreadable())
                .filteredOn(u -> u.file().endsWith("d.json"))
                .singleElement()
                .extracting(LessonStore.Unreadable::problem)
                .asString()
                .startsWith("Lesson file " + data.resolve("lessons/d.json") + ": the JSON is not valid");
        assertThat(listing.unreadable())
                .filteredOn(u -> !u.file().endsWith("d.json"))
                .extracting(LessonStore.Unreadable::problem)
                .containsExactlyInAnyOrder(
                        "Lesson file " + data.resolve("lessons/a.json") + ": story: must be true or false, not \"yes\"",
                        "Lesson file " + data.resolve("lessons/b.json") + ": name: is missing",
                        "Lesson file " + data.resolve("lessons/c.json")
                                + ": a lesson needs the story or at least one case",
                        "Lesson file " + data.resolve("lessons/e.json")
                                + ": schemaVersion: written by a newer version of Empathy Trainer (file format 9;"
                                + " this version reads up to 1)",
                        "Lesson file " + data.resolve("lessons/f.json")
                                + ": cases: must be a list of case ids, not an object");
    }

    @Test
    void aLessonNamingACaseTheCourseNoLongerHasSaysWhichOnes() throws StoreException {
        store().save(new Lesson("Old plan", true, List.of("porch-parcel", "gone-case", "frozen-bank-card", "lost")));

        Lesson old = store().find("Old plan").orElseThrow();

        assertThat(old.missingCases(Set.of("porch-parcel", "frozen-bank-card"))).containsExactly("gone-case", "lost");
    }

    @Test
    void aReadOnlyDataFolderSavesNoLesson() {
        LessonStore readOnly = new LessonStore(data, true);

        assertThatThrownBy(() -> readOnly.save(new Lesson("X", true, List.of())))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("read-only");
        assertThat(data.resolve("lessons")).doesNotExist();
    }

    @Test
    void namesBecomePlainFileNames() {
        assertThat(store().fileFor("  Café: Équipe B / 2 ").getFileName()).hasToString("cafe-equipe-b-2.json");
        assertThat(store().fileFor("!!!").getFileName()).hasToString("lesson.json");
    }

    private Path lessonFile(String name, String text) throws IOException {
        Files.createDirectories(data.resolve("lessons"));
        return Files.writeString(data.resolve("lessons").resolve(name), text);
    }
}
