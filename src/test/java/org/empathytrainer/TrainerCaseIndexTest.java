package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.empathytrainer.bench.TrainerCaseFolder;
import org.empathytrainer.content.CaseIndex;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.ui.AppDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window keeps the index of a trainer's cases in the data folder, and copes with one it cannot read. */
class TrainerCaseIndexTest {
    @TempDir
    Path tmp;

    private final List<Runnable> queued = new ArrayList<>();
    private final Executor background = queued::add;

    private App.Config config(List<ContentSource> extra) {
        return new App.Config(tmp.resolve("data"), ContentSource.builtIn(), extra, AppDriver.CLOCK, Locale.ENGLISH);
    }

    private List<ContentSource> trainerCases(int n) throws IOException {
        TrainerCaseFolder.write(Path.of("assets"), tmp.resolve("cases"), n);
        return List.of(ContentSource.folder(tmp.resolve("cases")));
    }

    private Path indexFile() {
        return TrainerCaseIndex.fileOf(tmp.resolve("data"), ContentSource.folder(tmp.resolve("cases")));
    }

    @Test
    void theIndexIsWrittenInTheBackgroundAndUsedAtTheNextStart() throws IOException {
        App.Config config = config(trainerCases(3));

        Course first = TrainerCaseIndex.load(config, true, background);
        assertThat(indexFile()).doesNotExist();
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        assertThat(TrainerCaseIndex.read(indexFile()).size()).isEqualTo(3);

        Course second = TrainerCaseIndex.load(config, true, background);
        assertThat(queued).as("nothing changed: nothing to write").isEmpty();
        assertThat(second.cases())
                .extracting(c -> c.id())
                .isEqualTo(first.cases().stream().map(c -> c.id()).toList());
    }

    @Test
    void aReadOnlyWindowOrOneWithoutTrainerCasesWritesNothing() throws IOException {
        TrainerCaseIndex.load(config(trainerCases(2)), false, background);
        TrainerCaseIndex.load(config(List.of()), true, background);

        assertThat(queued).isEmpty();
    }

    @Test
    void anIndexThatCannotBeReadIsTakenForNoneAndWrittenAgain() throws IOException {
        App.Config config = config(trainerCases(2));
        Files.createDirectories(indexFile().getParent());
        Files.writeString(indexFile(), "{\"format\": 1, \"cases\": [ cut short");

        assertThat(TrainerCaseIndex.read(indexFile()).size()).isZero();
        Course loaded = TrainerCaseIndex.load(config, true, background);
        queued.remove(0).run();

        assertThat(loaded.problems()).isEmpty();
        assertThat(TrainerCaseIndex.read(indexFile()).differsFrom(CaseIndex.empty()))
                .isTrue();
        assertThat(TrainerCaseIndex.read(indexFile()).size()).isEqualTo(2);
    }

    @Test
    void eachFolderHasAnIndexOfItsOwnSoThatStartsWithOtherFoldersLeaveItAlone() throws IOException {
        List<ContentSource> cases = trainerCases(3);
        Path other = Files.createDirectories(tmp.resolve("other"));
        TrainerCaseIndex.load(config(cases), true, background);
        queued.remove(0).run();

        TrainerCaseIndex.load(config(List.of(ContentSource.folder(other))), true, background);
        queued.forEach(Runnable::run);
        queued.clear();
        TrainerCaseIndex.load(config(cases), true, background);

        assertThat(queued).as("the first folder's index is as it was").isEmpty();
        assertThat(TrainerCaseIndex.fileOf(tmp.resolve("data"), ContentSource.folder(other)))
                .isNotEqualTo(indexFile());
        assertThat(TrainerCaseIndex.fileOf(tmp.resolve("data"), ContentSource.folder(Path.of("relative"))))
                .isEqualTo(TrainerCaseIndex.fileOf(
                        tmp.resolve("data"),
                        ContentSource.folder(Path.of("relative").toAbsolutePath())));
    }

    @Test
    void aFolderGivenTwiceKeepsTheIndexOfItsFirstAppearance() throws IOException {
        List<ContentSource> cases = trainerCases(3);
        App.Config twice = config(List.of(cases.get(0), ContentSource.folder(tmp.resolve("cases"))));

        TrainerCaseIndex.load(twice, true, background);
        assertThat(queued).hasSize(1);
        queued.remove(0).run();
        TrainerCaseIndex.load(twice, true, background);

        assertThat(TrainerCaseIndex.read(indexFile()).size()).isEqualTo(3);
        assertThat(queued).as("the same three files known: nothing to write").isEmpty();
    }

    @Test
    void theBuildNamesTheVersionAndWhenItWasBuilt() {
        assertThat(TrainerCaseIndex.build()).matches("\\d+\\.\\d+\\.\\d+\\S* \\d{4}-\\d\\d-\\d\\dT.+");
    }
}
