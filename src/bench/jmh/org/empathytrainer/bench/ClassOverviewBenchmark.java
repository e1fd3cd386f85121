package org.empathytrainer.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.lrs.overview.ClassOverview;
import org.empathytrainer.lrs.overview.ClassOverviewBuilder;
import org.empathytrainer.lrs.overview.ClassStatements;
import org.empathytrainer.records.export.XapiOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The class overview of 300 learners with 34 attempts each at the 17 shipped cases (two per case on average; about
 * 50,000 statements): from the statements already parsed, and from their JSON text as the LRS sends it, in pages of
 * {@value #PAGE} (parsing included; the network is not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassOverviewBenchmark {
    static final int LEARNERS = 300;
    static final int ATTEMPTS = 34;

    /** Statements per page, as an LRS gives them with a {@code more} link to the next page. */
    static final int PAGE = 500;

    private List<JsonObject> statements;
    private final List<String> pages = new ArrayList<>();

    @Setup
    public void makeClass() {
        statements = ClassStatements.statements(ClassStatements.learners(LEARNERS, ATTEMPTS, 2026), 7);
        long characters = 0;
        for (int from = 0; from < statements.size(); from += PAGE) {
            JsonArray page = new JsonArray();
            statements.subList(from, Math.min(from + PAGE, statements.size())).forEach(page::add);
            JsonObject result = new JsonObject();
            result.add("statements", page);
            result.addProperty("more", "/xAPI/statements?more=" + from);
            pages.add(result.toString());
            characters += pages.get(pages.size() - 1).length();
        }
        System.out.printf(
                "%n%,d statements, %,d pages, %,d characters of JSON%n", statements.size(), pages.size(), characters);
    }

    @Benchmark
    public ClassOverview overviewFromStatements() {
        ClassOverviewBuilder builder = new ClassOverviewBuilder(XapiOptions.DEFAULTS);
        statements.forEach(builder::add);
        return check(builder.build(ClassStatements.COURSE));
    }

    @Benchmark
    public ClassOverview overviewFromJsonText() {
        ClassOverviewBuilder builder = new ClassOverviewBuilder(XapiOptions.DEFAULTS);
        for (String page : pages) {
            for (JsonElement e : JsonParser.parseString(page).getAsJsonObject().getAsJsonArray("statements")) {
                builder.add(e.getAsJsonObject());
            }
        }
        return check(builder.build(ClassStatements.COURSE));
    }

    private static ClassOverview check(ClassOverview overview) {
        if (overview.learners().size() != LEARNERS) {
            throw new IllegalStateException("expected " + LEARNERS + " learners, got "
                    + overview.learners().size());
        }
        return overview;
    }
}
