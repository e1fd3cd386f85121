package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --class-overview} asks the window to open on the class overview, and only that. */
class ClassOverviewOptionTest {
    private final List<LaunchOptions> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), launches::add);
    }

    @Test
    void theOptionOpensTheOverview() {
        assertThat(run("--class-overview", "--data-dir", "/some/dir")).isZero();

        assertThat(launches).extracting(LaunchOptions::classOverview).containsExactly(true);
        assertThat(launches).extracting(LaunchOptions::presenter).containsExactly(false);
    }

    @Test
    void withoutItTheWindowOpensAsUsual() {
        assertThat(run("--data-dir", "/some/dir")).isZero();

        assertThat(launches).extracting(LaunchOptions::classOverview).containsExactly(false);
        assertThat(LaunchOptions.NONE.classOverview()).isFalse();
    }

    @Test
    void theUsageListsIt() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("--class-overview", "learning record store");
    }
}
