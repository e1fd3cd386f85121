package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathytrainer.records.ProgressFixtures.CLOCK;
import static org.empathytrainer.records.ProgressFixtures.LEARNER;
import static org.empathytrainer.records.ProgressFixtures.full;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path data;

    private ProgressStore store() {
        return new ProgressStore(data, CLOCK);
    }

    private Path progressFolder() {
        return data.resolve("progress");
    }

    private List<String> filesInProgressFolder() throws IOException {
        try (Stream<Path> files = Files.list(progressFolder())) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void firstStartGivesEmptyProgressWithoutNotices() {
        LoadResult result = store().load(LEARNER);

        assertThat(result.progress()).isEqualTo(LearnerProgress.empty(LEARNER));
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void fullyFilledProgressSurvivesSaveAndLoad() throws IOException {
        store().save(full());

        LoadResult result = new ProgressStore(data, CLOCK).load(LEARNER);

        assertThat(result.notices()).isEmpty();
        assertThat(result.progress()).isEqualTo(full());
        CaseProgress porch = result.progress().caseProgress("porch-parcel").orElseThrow();
        assertThat(porch.answers().sense().feelings().keySet()).containsExactly("panic", "anger", "disappointment");
        assertThat(porch.answers().fix().actions()).containsExactly("track-parcel", "apologise", "refund");
        assertThat(porch.answers().place().checkedConcernId()).isEqualTo("wrong-address");
        assertThat(porch.answers().discuss().checkedOptionId()).isEqualTo("policy-first");
        assertThat(porch.updatedAt())
                .isEqualTo(full().caseProgress("porch-parcel").orElseThrow().updatedAt());
    }

    @Test
    void savedFileCarriesSchemaVersionOneAndTheLearner() throws IOException {
        store().save(full());

        var json =
                JsonParser.parseString(Files.readString(store().file(LEARNER))).getAsJsonObject();

        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(json.get("learner").getAsString()).isEqualTo(LEARNER);
        assertThat(json.get("savedAt").getAsString()).isEqualTo("2025-03-14T09:26:53Z");
    }

    @Test
    void progressFileLivesInTheProgressSubfolder() {
        assertThat(store().file("ana-2")).isEqualTo(data.resolve("progress").resolve("ana-2.json"));
    }

    @Test
    void saveKeepsThePreviousVersionAsBackupAndLeavesNoTemporaryFiles() throws IOException {
        ProgressStore store = store();
        LearnerProgress first = LearnerProgress.empty(LEARNER);
        store.save(first);
        String firstText = Files.readString(store.file(LEARNER));

        store.save(full());

        assertThat(progressFolder().resolve(LEARNER + ".json.bak")).hasContent(firstText);
        assertThat(new ProgressStore(data, CLOCK).load(LEARNER).progress()).isEqualTo(full());
        assertThat(filesInProgressFolder()).containsExactly(LEARNER + ".json", LEARNER + ".json.bak");
    }

    @Test
    void saveFailsWithThePathWhenTheDataFolderIsAFile() throws IOException {
        Path notAFolder = data.resolve("data");
        Files.writeString(notAFolder, "a file, not a folder");
        ProgressStore store = new ProgressStore(notAFolder, CLOCK);

        assertThatThrownBy(() -> store.save(full()))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot save progress in " + notAFolder.resolve("progress"))
                .hasMessageContaining("the folder cannot be created (a file is in the way: " + notAFolder + ")");
        assertThat(notAFolder).hasContent("a file, not a folder");
    }

    @Test
    void saveFailsWithThePathWhenTheProgressFolderIsAFileAndLeavesThatFileIntact() throws IOException {
        Files.writeString(progressFolder(), "in the way");

        assertThatThrownBy(() -> store().save(full()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(progressFolder().toString())
                .hasMessageContaining("a file is in the way");
        assertThat(progressFolder()).isRegularFile().hasContent("in the way");
    }

    @Test
    void failedSaveLeavesTheSavedFileAsItWasAndNoTemporaryFiles() throws IOException {
        ProgressStore store = store();
        store.save(LearnerProgress.empty(LEARNER));
        String before = Files.readString(store.file(LEARNER));
        Path backupInTheWay = Files.createDirectories(progressFolder().resolve(LEARNER + ".json.bak"));
        Files.writeString(backupInTheWay.resolve("keep.txt"), "so the folder cannot be replaced");

        assertThatThrownBy(() -> store.save(full()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(store.file(LEARNER).toString())
                .hasMessageContaining("the backup could not be written");
        assertThat(store.file(LEARNER)).hasContent(before);
        assertThat(filesInProgressFolder()).containsExactly(LEARNER + ".json", LEARNER + ".json.bak");
    }

    @Test
    void unreadableFileIsLeftAloneAndNotSavedOver() throws IOException {
        ProgressStore store = store();
        Path file = store.file(LEARNER);
        Files.createDirectories(file.resolve("inside"));

        LoadResult result = store.load(LEARNER);

        assertThat(result.progress()).isEqualTo(LearnerProgress.empty(LEARNER));
        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(StoreNotice.Kind.UNREADABLE);
            assertThat(n.file()).isEqualTo(file);
            assertThat(n.movedTo()).isNull();
        });
        assertThatThrownBy(() -> store.save(full()))
                .isInstanceOf(StoreException.class)
                .hasMessage(
                        "Cannot save progress in " + file + ": the file could not be read and will not be overwritten");
        assertThat(file.resolve("inside")).isDirectory();
        assertThat(filesInProgressFolder()).containsExactly(LEARNER + ".json");
    }

    @Test
    void otherLearnersCanStillBeSavedWhenOneFileIsUnreadable() throws IOException {
        ProgressStore store = store();
        Files.createDirectories(store.file(LEARNER).resolve("inside"));
        store.load(LEARNER);

        store.save(LearnerProgress.empty("ana").with(new StoryProgress(1, "", null)));

        assertThat(store.load("ana").progress().story().scene()).isEqualTo(1);
    }

    @Test
    void learnerIdsOutsideLowerCaseLettersDigitsAndHyphensAreRejected() {
        ProgressStore store = store();

        for (String bad : List.of("Bob", "ana maria", "../etc/passwd", "ana.json", "", "\u00e9lise", "con")) {
            assertThatThrownBy(() -> store.load(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.save(LearnerProgress.empty("Bob")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Bob\"");
        assertThat(LearnerId.isValid("team-4-ana")).isTrue();
        assertThat(LearnerId.isValid("a".repeat(LearnerId.MAX_LENGTH + 1))).isFalse();
    }
}
