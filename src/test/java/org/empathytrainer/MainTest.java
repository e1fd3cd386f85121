package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainTest {
    private final List<LaunchOptions> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), launches::add);
    }

    @Test
    void versionPrintsTheNameAndVersionWithoutStartingTheUi() {
        int status = run("--version");

        assertThat(status).isZero();
        assertThat(out.toString().strip()).matches("Empathy Trainer \\d\\S*");
        assertThat(launches).isEmpty();
    }

    @Test
    void helpPrintsTheUsageWithoutStartingTheUi() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Usage:", "--data-dir");
        assertThat(launches).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatNamesTheOptionAndShowsTheUsage() {
        int status = run("--frobnicate");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--frobnicate", "Usage:", "--data-dir");
        assertThat(launches).isEmpty();
    }

    @Test
    void dataDirWithoutAFolderIsAUsageError() {
        int status = run("--data-dir");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).containsIgnoringCase("missing").contains("--data-dir");
        assertThat(launches).isEmpty();
    }

    @Test
    void dataDirIsPassedToTheUi() {
        int status = run("--data-dir", "/some/dir");

        assertThat(status).isZero();
        assertThat(launches).extracting(LaunchOptions::dataDir).containsExactly(Optional.of(Path.of("/some/dir")));
    }

    @Test
    void withoutArgumentsTheUiStartsWithTheDefaultDataFolder() {
        int status = run();

        assertThat(status).isZero();
        assertThat(launches).extracting(LaunchOptions::dataDir).containsExactly(Optional.empty());
        assertThat(launches).extracting(LaunchOptions::presenter).containsExactly(false);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void presenterStartsTheUiInPresenterMode() {
        int status = run("--presenter", "--data-dir", "/some/dir");

        assertThat(status).isZero();
        assertThat(launches).extracting(LaunchOptions::presenter).containsExactly(true);
        assertThat(launches).extracting(LaunchOptions::dataDir).containsExactly(Optional.of(Path.of("/some/dir")));
    }

    @Test
    void aLessonNamedWithPresenterIsPassedToTheUi() {
        int status = run("--presenter", "--lesson", "Monday group");

        assertThat(status).isZero();
        assertThat(launches).extracting(LaunchOptions::lesson).containsExactly(Optional.of("Monday group"));
        assertThat(launches).extracting(LaunchOptions::presenter).containsExactly(true);
    }

    @Test
    void aLessonWithoutPresenterIsAUsageError() {
        int status = run("--lesson", "Monday group");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--lesson is given with --presenter", "Usage:");
        assertThat(launches).isEmpty();
    }

    @Test
    void helpMentionsPresenterMode() {
        run("--help");

        assertThat(out.toString()).contains("--presenter");
    }

    @Test
    void runningOutOfMemoryWhileStartingIsOneLineAndAFailureStatus() {
        int status =
                Main.run(new String[] {"--presenter"}, new PrintWriter(out, true), new PrintWriter(err, true), o -> {
                    throw new OutOfMemoryError("Java heap space");
                });

        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("Empathy Trainer stopped with an error: OutOfMemoryError: Java heap space")
                .contains("The details are in ")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnexpectedExceptionInACommandIsOneLineAndAFailureStatus() {
        int status = Main.run(new String[] {}, new PrintWriter(out, true), new PrintWriter(err, true), o -> {
            throw new IllegalStateException("no display");
        });

        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("Empathy Trainer stopped with an error: IllegalStateException: no display")
                .doesNotContain("\tat ");
    }
}
