package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving reuses the text of an unchanged history and keeps the backup as a second name: same bytes, same files. */
class HistoryTextTest {
    private static final String PRETTY = "  ";

    private static LearnerProgress withHistory() {
        LearnerProgress full = ProgressFixtures.full();
        LearnerProgress restarted = full.restart("porch-parcel", 2, ProgressFixtures.at(40))
                .restart("billing-error", 1, ProgressFixtures.at(41));
        assertThat(restarted.history()).hasSize(2);
        return restarted;
    }

    private static String wholeTree(LearnerProgress progress, Instant savedAt) {
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(ProgressWriter.toJson(progress, savedAt))
                + "\n";
    }

    @Test
    void writingWithAHistoryGivesTheTextOfTheWholeTree() {
        LearnerProgress progress = withHistory();

        String first = ProgressJson.write(progress, ProgressFixtures.NOW);
        String again = ProgressJson.write(progress, ProgressFixtures.NOW);

        assertThat(first)
                .isEqualTo(wholeTree(progress, ProgressFixtures.NOW))
                .contains("\n" + PRETTY + "\"history\": [");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theFileSavedInPartsHoldsTheTextOfTheWholeTree(@TempDir Path dir) throws Exception {
        LearnerProgress progress = withHistory();
        ProgressStore store = new ProgressStore(dir, Clock.fixed(ProgressFixtures.NOW, ZoneOffset.UTC));

        store.save(progress);
        store.save(progress);

        assertThat(Files.readString(store.file(progress.learner()), StandardCharsets.UTF_8))
                .isEqualTo(wholeTree(progress, ProgressFixtures.NOW));
    }

    @Test
    void aNewHistoryIsWrittenAfreshNotTakenFromTheLastSave() {
        LearnerProgress before = withHistory();
        ProgressJson.write(before, ProgressFixtures.NOW);
        CaseProgress started =
                ProgressFixtures.full().caseProgress("porch-parcel").orElseThrow();
        LearnerProgress after = before.with(started).restart("porch-parcel", 2, ProgressFixtures.at(50));

        String written = ProgressJson.write(after, ProgressFixtures.NOW);

        assertThat(written).isEqualTo(wholeTree(after, ProgressFixtures.NOW));
        assertThat(ProgressJson.read(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), "default")
                        .history())
                .hasSize(3);
    }

    @Test
    void aChangeToTheCurrentCasesIsSavedWhileTheHistoryStaysTheSame() {
        LearnerProgress before = withHistory();
        ProgressJson.write(before, ProgressFixtures.NOW);
        CaseProgress moved = CaseProgress.start("lost-card", 1, ProgressFixtures.at(60));

        LearnerProgress after = before.with(moved);
        String written = ProgressJson.write(after, ProgressFixtures.NOW);

        assertThat(after.history()).isSameAs(before.history());
        assertThat(written).isEqualTo(wholeTree(after, ProgressFixtures.NOW)).contains("\"lost-card\"");
    }

    @Test
    void theBackupKeepsThePreviousSaveAndLaterWritesLeaveItAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.json");
        Path backup = dir.resolve("a.json.bak");
        AtomicFiles.write(file, "one".getBytes(), backup);
        AtomicFiles.write(file, "two".getBytes(), backup);
        AtomicFiles.write(file, "three".getBytes(), backup);

        Files.writeString(file, "edited in place");

        assertThat(backup).hasContent("two");
        assertThat(Files.isSameFile(file, backup)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "a.json.bak");
        }
    }
}
