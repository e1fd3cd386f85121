package org.empathytrainer.lrs.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.empathytrainer.lrs.LrsClient;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.NodeLrs;
import org.empathytrainer.lrs.StatementQuery;
import org.empathytrainer.records.export.XapiOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The class overview of 300 learners with 34 attempts each at the 17 shipped cases, read back from a real LRS
 * (Learning Locker's statement service, in memory, on this machine) 500 statements a page, as the screen reads it:
 * the time to read every page and compute the overview, three times, after posting the statements once.
 *
 * <p>Not a test: its name keeps it out of {@code ./mvnw verify}, and it asserts nothing about time. Run it with
 * {@code ./mvnw -q test -Dtest=ClassOverviewLrsBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (Node.js and npm
 * needed); it prints a table and writes it to {@code target/benchmarks/class-overview.md}.
 */
@Tag("benchmark")
class ClassOverviewLrsBenchmark {
    private static final int LEARNERS = 300;
    private static final int ATTEMPTS = 34;
    private static final int PAGE = 500;
    private static final int RUNS = 3;

    @Test
    void classOverviewReadBackFromARealLrs() throws Exception {
        List<JsonObject> statements = ClassStatements.statements(ClassStatements.learners(LEARNERS, ATTEMPTS, 2026), 7);
        List<String> lines = new ArrayList<>();
        try (NodeLrs lrs = NodeLrs.start()) {
            LrsClient client =
                    new LrsClient(new LrsSettings(lrs.endpoint(), "bench", "bench", false), Duration.ofSeconds(120));
            long postStart = System.nanoTime();
            for (int from = 0; from < statements.size(); from += PAGE) {
                client.post(statements.subList(from, Math.min(from + PAGE, statements.size())));
            }
            double postSeconds = (System.nanoTime() - postStart) / 1e9;
            lines.add(String.format(
                    Locale.ROOT,
                    "%,d learners x %d attempts at %d cases: %,d statements, posted in batches of %d in %.1f s",
                    LEARNERS,
                    ATTEMPTS,
                    ClassStatements.COURSE.cases().size(),
                    statements.size(),
                    PAGE,
                    postSeconds));
            lines.add("");
            lines.add("| run | pages | read every page | compute the overview | in all |");
            lines.add("|---:|---:|---:|---:|---:|");
            String course = XapiOptions.DEFAULT_ACTIVITY_BASE + "course";
            for (int run = 1; run <= RUNS; run++) {
                ClassOverviewBuilder builder = new ClassOverviewBuilder(XapiOptions.DEFAULTS);
                int[] pages = {0};
                long start = System.nanoTime();
                client.statements(
                        StatementQuery.about(course).withLimit(PAGE), builder::add, (p, read) -> pages[0] = p);
                long read = System.nanoTime();
                ClassOverview overview = builder.build(ClassStatements.COURSE);
                long built = System.nanoTime();
                assertThat(overview.learners()).hasSize(LEARNERS);
                assertThat(overview.statements()).isEqualTo(statements.size());
                lines.add(String.format(
                        Locale.ROOT,
                        "| %d | %d | %.2f s | %.0f ms | %.2f s |",
                        run,
                        pages[0],
                        (read - start) / 1e9,
                        (built - read) / 1e6,
                        (built - start) / 1e9));
            }
        }
        String table = String.join(System.lineSeparator(), lines);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "class-overview.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
