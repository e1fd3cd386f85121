package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-csv} and {@code --export-xapi}: headless, with exit statuses scripts can rely on. */
class ExportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    private final List<LaunchOptions> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private Path data;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), launches::add);
    }

    @BeforeEach
    void twoLearners() throws StoreException {
        data = tmp.resolve("data");
        ProgressStore store = new ProgressStore(data, CLOCK);
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        for (String learner : List.of("zoe", "default")) {
            CaseProgress started = new CaseProgress(
                    "porch-parcel",
                    1,
                    WizardPage.SENSE,
                    CaseAnswers.EMPTY.with(new PlaceAnswer("It never came, " + learner + ".", "gift-for-birthday")),
                    Map.of(Step.PLACE, new StepRecord(StepStatus.DONE, 1.0, at, at.plusSeconds(90))),
                    at,
                    at.plusSeconds(90),
                    null);
            store.save(LearnerProgress.empty(learner).with(started));
        }
    }

    @Test
    void exportingNeedsNoLockWhileAWindowHoldsTheDataFolder() throws IOException {
        Path file = tmp.resolve("results.csv");
        try (org.empathytrainer.records.DataFolderLock window =
                org.empathytrainer.records.DataFolderLock.tryLock(data)) {
            assertThat(window.outcome()).isEqualTo(org.empathytrainer.records.DataFolderLock.Outcome.HELD);

            int status = run("--data-dir", data.toString(), "--export-csv", file.toString());

            assertThat(status).isZero();
            assertThat(file).exists();
        }
    }

    @Test
    void csvOfAllLearnersIsSavedWithoutStartingTheUi() throws IOException {
        Path file = tmp.resolve("results.csv");

        int status = run("--data-dir", data.toString(), "--export-csv", file.toString());

        assertThat(status).isZero();
        assertThat(launches).isEmpty();
        assertThat(out.toString().strip()).isEqualTo("Saved 8 rows to " + file);
        assertThat(err.toString()).isEmpty();
        List<String> lines =
                Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(9);
        String title = ContentRepository.load(ContentSource.builtIn())
                .findCase("porch-parcel")
                .orElseThrow()
                .title();
        assertThat(lines.get(1)).startsWith("default,default,porch-parcel," + title + ",1,1,in-progress,");
        assertThat(lines.get(5)).startsWith("zoe,zoe,porch-parcel,");
    }

    @Test
    void xapiOfOneLearnerUsesTheGivenHomePageAndBase() throws IOException {
        Path file = tmp.resolve("statements.json");

        int status = run(
                "--data-dir",
                data.toString(),
                "--export-xapi",
                file.toString(),
                "--learner",
                "zoe",
                "--xapi-home-page",
                "https://lms.example.org",
                "--xapi-activity-base",
                "https://lms.example.org/et");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("Saved 2 statements to " + file);
        JsonArray statements = JsonParser.parseString(Files.readString(file)).getAsJsonArray();
        assertThat(statements).hasSize(2).allSatisfy(s -> {
            assertThat(s.getAsJsonObject()
                            .getAsJsonObject("actor")
                            .getAsJsonObject("account")
                            .get("name")
                            .getAsString())
                    .isEqualTo("zoe");
            assertThat(s.getAsJsonObject()
                            .getAsJsonObject("actor")
                            .getAsJsonObject("account")
                            .get("homePage")
                            .getAsString())
                    .isEqualTo("https://lms.example.org");
        });
        assertThat(statements
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("object")
                        .get("id")
                        .getAsString())
                .isEqualTo("https://lms.example.org/et/cases/porch-parcel/steps/place");
    }

    @Test
    void bothExportsAtOnce() {
        int status = run(
                "--data-dir",
                data.toString(),
                "--export-csv",
                tmp.resolve("r.csv").toString(),
                "--export-xapi",
                tmp.resolve("s.json").toString(),
                "--learner",
                "default");

        assertThat(status).isZero();
        assertThat(out.toString().lines())
                .containsExactly(
                        "Saved 4 rows to " + tmp.resolve("r.csv"), "Saved 2 statements to " + tmp.resolve("s.json"));
    }

    @Test
    void anUnknownLearnerIsAUsageErrorListingTheKnownOnes() {
        int status = run(
                "--data-dir",
                data.toString(),
                "--export-csv",
                tmp.resolve("r.csv").toString(),
                "--learner",
                "max");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown learner \"max\"; the learners are: default, zoe");
        assertThat(tmp.resolve("r.csv")).doesNotExist();
    }

    @Test
    void aFailedExportIsOneLineAndStatusOne() {
        Path file = tmp.resolve("missing").resolve("r.csv");

        int status = run("--data-dir", data.toString(), "--export-csv", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines())
                .containsExactly("Cannot save " + file + ": the folder " + tmp.resolve("missing") + " does not exist");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDataFolderWithNoLearnersIsAFailureThatNamesIt() {
        Path empty = tmp.resolve("not-the-data-folder");
        Path file = tmp.resolve("r.csv");

        int status = run("--data-dir", empty.toString(), "--export-csv", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("no learner's progress in " + empty);
        assertThat(file).doesNotExist();
    }

    @Test
    void progressOnCasesTheCourseLacksIsRefusedUnlessAllowed() throws StoreException {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        new ProgressStore(data, CLOCK)
                .save(LearnerProgress.empty("trainee")
                        .with(new CaseProgress(
                                "trainers-own-case",
                                1,
                                WizardPage.SENSE,
                                CaseAnswers.EMPTY,
                                Map.of(Step.PLACE, new StepRecord(StepStatus.DONE, 0.5, at, at)),
                                at,
                                at,
                                null)));
        Path file = tmp.resolve("s.json");

        assertThat(run("--data-dir", data.toString(), "--export-xapi", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("trainers-own-case", "--content-dir", "--allow-missing-cases");
        assertThat(file).doesNotExist();

        assertThat(run("--data-dir", data.toString(), "--export-xapi", file.toString(), "--allow-missing-cases"))
                .as(err.toString())
                .isZero();
        assertThat(file).content().contains("trainers-own-case");
    }

    @Test
    void allowingMissingCasesWithoutAnExportIsAUsageError() {
        assertThat(run("--allow-missing-cases")).isEqualTo(2);
        assertThat(err.toString()).contains("only given with an export");
    }

    @Test
    void aBadHomePageIsAUsageError() {
        int status = run(
                "--data-dir",
                data.toString(),
                "--export-xapi",
                tmp.resolve("s.json").toString(),
                "--xapi-home-page",
                "learners");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("home page must be an absolute URL", "Usage:");
    }

    @Test
    void exportOptionsWithoutAnExportAreUsageErrors() {
        assertThat(run("--export-csv", "r.csv", "--xapi-home-page", "https://x.org"))
                .isEqualTo(2);
        assertThat(run("--validate", "--export-csv", "r.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("only given with --export-xapi", "separate commands");
        assertThat(launches).isEmpty();
    }

    @Test
    void withoutAnExportLearnerNamesWhomTheAppStartsAs() {
        assertThat(run("--learner", "Zoë")).isZero();

        assertThat(launches).extracting(LaunchOptions::learner).containsExactly(Optional.of("Zoë"));
    }

    @Test
    void learnersWithProfilesAreExportedUnderTheirNamesAndFoundByThem() throws Exception {
        String id = new ProfileStore(data, CLOCK).create("Zoë Ångström", null).id();
        Path file = tmp.resolve("r.csv");
        new ProgressStore(data, CLOCK)
                .save(LearnerProgress.empty(id)
                        .with(new CaseProgress(
                                "porch-parcel",
                                1,
                                WizardPage.PLACE,
                                CaseAnswers.EMPTY.with(new PlaceAnswer("Draft", null)),
                                Map.of(Step.PLACE, new StepRecord(StepStatus.IN_PROGRESS, null, null, null)),
                                null,
                                null,
                                null)));

        int status = run("--data-dir", data.toString(), "--export-csv", file.toString(), "--learner", "zoë ångström");

        assertThat(status).as(err.toString()).isZero();
        List<String> lines =
                Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("zoe-angstrom,Zoë Ångström,porch-parcel,");
    }

    @Test
    void helpListsTheExportOptions() {
        run("--help");

        assertThat(out.toString())
                .contains("--export-csv", "--export-xapi", "--learner", "--xapi-home-page", "--xapi-activity-base");
    }
}
