package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathytrainer.records.ProgressFixtures.CLOCK;
import static org.empathytrainer.records.ProgressFixtures.LEARNER;
import static org.empathytrainer.records.ProgressFixtures.full;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.records.StoreNotice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressRecoveryTest {
    private static final String CORRUPT = "{\n  \"schemaVersion\": 1,\n  \"learner\": \"default\"\n  \"story\": {}\n";
    private static final LearnerProgress EARLIER =
            LearnerProgress.empty(LEARNER).with(new StoryProgress(2, "an earlier save", null));

    @TempDir
    Path data;

    private ProgressStore store() {
        return new ProgressStore(data, CLOCK);
    }

    private Path backupFile() {
        return file().resolveSibling(LEARNER + ".json.bak");
    }

    private Path file() {
        return store().file(LEARNER);
    }

    private Path backup() {
        return data.resolve("progress").resolve(LEARNER + ".json.bak");
    }

    /** Saves twice so that {@link #EARLIER} is the backup, then puts {@code text} in the progress file. */
    private void backupOfEarlierAndMainFileOf(String text) throws IOException {
        store().save(EARLIER);
        store().save(full());
        Files.writeString(file(), text);
    }

    private void mainFileOf(String text) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text);
    }

    /** A valid file for {@link ProgressFixtures#full()}, then changed by {@code edit}. */
    private String validFileEditedBy(Consumer<JsonObject> edit) throws IOException {
        store().save(full());
        JsonObject json = JsonParser.parseString(Files.readString(file())).getAsJsonObject();
        Files.delete(file());
        edit.accept(json);
        return json.toString();
    }

    @Test
    void corruptFileIsMovedAsideIntactAndTheBackupUsed() throws IOException {
        backupOfEarlierAndMainFileOf(CORRUPT);

        LoadResult result = store().load(LEARNER);

        Path aside = file().resolveSibling(LEARNER + ".json.corrupt-20250314-092653");
        assertThat(aside).exists();
        assertThat(Files.readString(aside)).isEqualTo(CORRUPT);
        assertThat(file()).doesNotExist();
        assertThat(result.progress()).isEqualTo(EARLIER);
        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.RECOVERED_FROM_BACKUP);
            assertThat(n.file()).isEqualTo(file());
            assertThat(n.movedTo()).isEqualTo(aside);
        });
    }

    @Test
    void jsonSyntaxErrorDetailGivesLineAndColumn() throws IOException {
        mainFileOf(CORRUPT);

        StoreNotice notice = store().load(LEARNER).notices().get(0);

        assertThat(notice.detail()).startsWith("the JSON is not valid: ").contains("line 4 column");
    }

    @Test
    void corruptFileWithoutBackupStartsFresh() throws IOException {
        mainFileOf("not json at all");

        LoadResult result = store().load(LEARNER);

        assertThat(result.progress()).isEqualTo(LearnerProgress.empty(LEARNER));
        assertThat(result.notices())
                .singleElement()
                .extracting(StoreNotice::kind)
                .isEqualTo(Kind.STARTED_FRESH);
        assertThat(result.notices().get(0).movedTo()).hasContent("not json at all");
    }

    @Test
    void corruptFileAndCorruptBackupStartFreshAndLeaveTheBackupUntouched() throws IOException {
        mainFileOf(CORRUPT);
        Files.writeString(backup(), "{ \"also\": broken");

        LoadResult result = store().load(LEARNER);

        assertThat(result.progress()).isEqualTo(LearnerProgress.empty(LEARNER));
        assertThat(result.notices())
                .singleElement()
                .extracting(StoreNotice::kind)
                .isEqualTo(Kind.STARTED_FRESH);
        assertThat(backup()).hasContent("{ \"also\": broken");
    }

    @Test
    void secondCorruptFileInTheSameSecondGetsACounter() throws IOException {
        mainFileOf("first");
        store().load(LEARNER);
        mainFileOf("second");

        Path aside = store().load(LEARNER).notices().get(0).movedTo();

        assertThat(aside.getFileName().toString()).isEqualTo(LEARNER + ".json.corrupt-20250314-092653-2");
        assertThat(aside).hasContent("second");
        assertThat(file().resolveSibling(LEARNER + ".json.corrupt-20250314-092653"))
                .hasContent("first");
    }

    @Test
    void invalidFieldDetailNamesTheFieldPath() throws IOException {
        mainFileOf(validFileEditedBy(json -> json.getAsJsonObject("cases")
                .getAsJsonObject("porch-parcel")
                .getAsJsonObject("steps")
                .getAsJsonObject("place")
                .addProperty("status", "finished")));

        LoadResult result = store().load(LEARNER);

        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.STARTED_FRESH);
            assertThat(n.detail())
                    .isEqualTo("cases.porch-parcel.steps.place.status: "
                            + "\"finished\" is not one of not-started, in-progress, done");
        });
    }

    @Test
    void missingSchemaVersionMakesTheFileCorrupt() throws IOException {
        mainFileOf(validFileEditedBy(json -> json.remove("schemaVersion")));

        StoreNotice notice = store().load(LEARNER).notices().get(0);

        assertThat(notice.kind()).isEqualTo(Kind.STARTED_FRESH);
        assertThat(notice.detail()).isEqualTo("schemaVersion: is missing");
    }

    @Test
    void fileOfAnotherLearnerIsCorrupt() throws IOException {
        mainFileOf(validFileEditedBy(json -> json.addProperty("learner", "ana")));

        StoreNotice notice = store().load(LEARNER).notices().get(0);

        assertThat(notice.kind()).isEqualTo(Kind.STARTED_FRESH);
        assertThat(notice.detail()).startsWith("learner: \"ana\" does not match");
    }

    @Test
    void aNewerFileIsNeitherMovedNorWrittenAndTheBackupIsShownReadOnly() throws IOException {
        String newer = validFileEditedBy(json -> json.addProperty("schemaVersion", 2));
        store().save(EARLIER);
        store().save(EARLIER);
        Files.writeString(file(), newer);
        String backupBefore = Files.readString(backupFile());
        ProgressStore store = store();

        LoadResult result = store.load(LEARNER);

        assertThat(result.progress()).isEqualTo(EARLIER);
        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.NEWER_VERSION);
            assertThat(n.movedTo()).isNull();
            assertThat(n.detail())
                    .contains("newer version")
                    .contains("file format 2")
                    .contains("up to 1");
        });
        assertThat(store.readOnly(LEARNER)).isTrue();
        assertThatThrownBy(() -> store.save(EARLIER)).isInstanceOf(StoreException.class);
        assertThat(Files.readString(file())).isEqualTo(newer);
        assertThat(Files.readString(backupFile())).isEqualTo(backupBefore);
        try (var files = Files.list(file().getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void newerSchemaVersionWithoutBackupShowsAnEmptyRecord() throws IOException {
        mainFileOf("{\"schemaVersion\": 7, \"whatever\": \"the future holds\"}");

        LoadResult result = store().load(LEARNER);

        assertThat(result.progress()).isEqualTo(LearnerProgress.empty(LEARNER));
        assertThat(result.notices())
                .singleElement()
                .extracting(StoreNotice::kind)
                .isEqualTo(Kind.NEWER_VERSION);
        assertThat(Files.readString(file())).contains("the future holds");
    }

    @Test
    void aFileLargerThanTheCapIsRefusedAndKeptAsItIs() throws IOException {
        Files.createDirectories(file().getParent());
        try (var out = java.nio.channels.FileChannel.open(
                file(), java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), SavedFiles.MAX_PROGRESS_BYTES);
        }
        long size = Files.size(file());
        ProgressStore store = store();

        LoadResult result = store.load(LEARNER);

        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(n.detail()).contains("larger than the 64 MB");
        });
        assertThat(store.readOnly(LEARNER)).isTrue();
        assertThatThrownBy(() -> store.save(EARLIER)).isInstanceOf(StoreException.class);
        assertThat(Files.size(file())).isEqualTo(size);
    }

    @Test
    void recoveredProgressCanBeSavedAgain() throws IOException {
        backupOfEarlierAndMainFileOf(CORRUPT);
        ProgressStore store = store();
        LearnerProgress recovered = store.load(LEARNER).progress();

        store.save(recovered.with(new StoryProgress(3, "later", null)));

        assertThat(store.load(LEARNER).progress().story().reflection()).isEqualTo("later");
    }
}
