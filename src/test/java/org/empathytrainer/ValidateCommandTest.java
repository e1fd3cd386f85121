package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --validate}: a line per problem, a summary line, and an exit status scripts can rely on. */
class ValidateCommandTest {
    private final List<LaunchOptions> launches = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), launches::add);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void theBuiltInContentIsCleanAndCounted() {
        int cases = ContentRepository.load(ContentSource.builtIn()).cases().size();

        int status = run("--validate");

        assertThat(status).isZero();
        assertThat(lines())
                .containsExactly("Checked built-in content: 1 story, " + cases + " cases, 0 problems, 0 warnings.");
        assertThat(launches).isEmpty();
    }

    @Test
    void aFolderOfGoodCasesIsClean() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(folder.resolve("a.json"), caseWithId("my-first-case").toString());
        Files.createDirectories(folder.resolve("second"));
        Files.writeString(
                folder.resolve("second/case.json"), caseWithId("my-second-case").toString());

        int status = run("--validate", folder.toString());

        assertThat(status).isZero();
        assertThat(lines()).containsExactly("Checked " + folder + ": 0 stories, 2 cases, 0 problems.");
    }

    @Test
    void eachProblemIsOneLineNamingFileAndFieldThenTheSummary() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        JsonObject noBest = caseWithId("no-best");
        noBest.getAsJsonObject("discuss")
                .getAsJsonArray("options")
                .get(0)
                .getAsJsonObject()
                .addProperty("kind", "scripted");
        Files.writeString(folder.resolve("no-best.json"), noBest.toString());
        Files.writeString(
                folder.resolve("clash.json"), caseWithId("porch-parcel").toString());
        Files.writeString(folder.resolve("syntax.json"), "{\n  \"id\": \"x\",\n}\n");

        int status = run("--validate", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        folder.resolve("clash.json") + ": id: \"porch-parcel\" is already the id of the case in "
                                + "cases/porch-parcel.json",
                        folder.resolve("no-best.json")
                                + ": discuss.options: exactly one option must be of kind \"best\", " + "found 0",
                        folder.resolve("syntax.json")
                                + ": is not valid JSON: expected a field name in double quotes (a comma too many?) at line 3 column 2",
                        "Checked " + folder + ": 0 stories, 0 cases, 3 problems.");
    }

    @Test
    void toneFactsAreChecked() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        JsonObject bad = caseWithId("bad-facts");
        JsonObject facts = new JsonObject();
        facts.add("details", JsonParser.parseString("[\"Grace\", \"watch\"]"));
        facts.add("cannotPromise", JsonParser.parseString("[\"refund today\", \"!!\"]"));
        bad.add("toneFacts", facts);
        Files.writeString(folder.resolve("bad-facts.json"), bad.toString());
        JsonObject good = caseWithId("twice-facts");
        JsonObject twice = new JsonObject();
        twice.add("details", JsonParser.parseString("[\"Grace\", \"grace\"]"));
        good.add("toneFacts", twice);
        Files.writeString(folder.resolve("twice-facts.json"), good.toString());

        int status = run("--validate", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        folder.resolve("bad-facts.json")
                                + ": toneFacts.cannotPromise[1]: must hold at least one letter or digit",
                        folder.resolve("twice-facts.json")
                                + ": toneFacts.details[1]: \"grace\" is listed twice (capitals do not count)",
                        "Checked " + folder + ": 0 stories, 0 cases, 2 problems.");
    }

    @Test
    void severalFoldersAreCheckedTogether() throws IOException {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        Files.writeString(one.resolve("a.json"), caseWithId("case-one").toString());
        Files.writeString(two.resolve("b.json"), caseWithId("case-two").toString());

        int status = run(
                "--validate",
                one.toString(),
                two.toString(),
                tmp.resolve("missing").toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        tmp.resolve("missing") + ": the folder does not exist",
                        "Checked 3 folders: 0 stories, 2 cases, 1 problem.");
    }

    @Test
    void aWholeCourseFolderIsCheckedAsACourse() {
        int status = run("--validate", "assets");

        assertThat(status).isZero();
        assertThat(lines()).singleElement().asString().startsWith("Checked assets: 1 story, ");
    }

    @Test
    void courseLintWarningsArePrintedAndLeaveTheExitStatusAtZero() throws IOException {
        Path course = copyOfAssets();
        // The best option made the longest in every case: a learner could pick by length alone.
        try (var files = Files.list(course.resolve("cases"))) {
            for (Path file : files.toList()) {
                JsonObject c = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
                for (var option : c.getAsJsonObject("discuss").getAsJsonArray("options")) {
                    JsonObject o = option.getAsJsonObject();
                    if (o.get("kind").getAsString().equals("best")) {
                        o.addProperty("text", o.get("text").getAsString() + " " + "and more words".repeat(40));
                    }
                }
                Files.writeString(file, c.toString());
            }
        }

        int status = run("--validate", course.toString());

        assertThat(status).isZero();
        assertThat(lines())
                .anySatisfy(l -> assertThat(l).startsWith("warning: longest-best-option: the best Discuss option is"))
                .last()
                .asString()
                .matches("Checked .*: 1 story, \\d+ cases, 0 problems, [1-9]\\d* warnings?\\.");
    }

    private Path copyOfAssets() throws IOException {
        Path target = tmp.resolve("course");
        try (var paths = Files.walk(Path.of("assets"))) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(Path.of("assets").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    @Test
    void foldersWithoutValidateAreAUsageError() {
        int status = run(tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("only given with --validate", "Usage:");
        assertThat(launches).isEmpty();
    }

    @Test
    void aSingleCaseFileIsChecked() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Path file = folder.resolve("a.json");
        Files.writeString(file, caseWithId("my-first-case").toString());
        // Neither another case nor an index beside it is read.
        Files.writeString(folder.resolve("other.json"), "not JSON");
        Files.writeString(folder.resolve("course.json"), "{\"cases\": [\"other.json\"]}");

        int status = run("--validate", file.toString());

        assertThat(status).isZero();
        assertThat(lines()).containsExactly("Checked " + file + ": 0 stories, 1 case, 0 problems.");
    }

    @Test
    void aSingleBrokenCaseFileIsReportedByName() throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\n  \"id\": \"x\",\n}\n");

        int status = run("--validate", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        file + ": is not valid JSON: expected a field name in double quotes (a comma too many?) at"
                                + " line 3 column 2",
                        "Checked " + file + ": 0 stories, 0 cases, 1 problem.");
    }

    @Test
    void aCourseIndexNamedAsAFileChecksItsCourse() {
        int status = run("--validate", "assets/course.json");

        assertThat(status).isZero();
        assertThat(lines()).singleElement().asString().startsWith("Checked assets/course.json: 1 story, ");
    }

    @Test
    void aNulInAPicturePathIsAProblemNotAStackTrace() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        JsonObject c = caseWithId("nul-picture");
        JsonObject image = new JsonObject();
        image.addProperty("file", "\u0000.png");
        image.addProperty("alt", "A photo");
        c.add("image", image);
        Files.writeString(folder.resolve("nul.json"), c.toString());

        int status = run("--validate", folder.toString());

        assertThat(status).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        folder.resolve("nul.json") + ": image.file: \"\\u0000.png\" is not a possible file name",
                        "Checked " + folder + ": 0 stories, 0 cases, 1 problem.");
        assertThat(err.toString()).isEmpty();
    }

    private static JsonObject caseWithId(String id) throws IOException {
        JsonObject c = JsonParser.parseString(Files.readString(Path.of("assets/cases/porch-parcel.json")))
                .getAsJsonObject();
        c.addProperty("id", id);
        return c;
    }
}
