package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering, enforced: the model (content, practice, records, json) never depends on the toolkit, and arrows only
 * point from ui down to the model. Reads the sources rather than the classes, so fully-qualified uses are caught as
 * well as imports.
 */
class ArchitectureTest {
    /** Maven runs tests from the project root. */
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "empathytrainer");

    private static final Pattern TOOLKIT = Pattern.compile("\\bjavafx\\.");
    private static final Pattern RECORDS_OR_UI = Pattern.compile("\\borg\\.empathytrainer\\.(records|ui)\\b");
    private static final Pattern UI = Pattern.compile("\\borg\\.empathytrainer\\.ui\\b");

    /** What each model package must not mention. */
    private static final Map<String, List<Pattern>> FORBIDDEN = Map.of(
            "content", List.of(TOOLKIT, RECORDS_OR_UI),
            "practice", List.of(TOOLKIT, RECORDS_OR_UI),
            "json", List.of(TOOLKIT, RECORDS_OR_UI),
            "records", List.of(TOOLKIT, UI));

    /** String and character literals (kept, so a reflective {@code "javafx..."} counts) and comments (dropped). */
    private static final Pattern LITERAL_OR_COMMENT = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|//[^\\n]*|/\\*[\\s\\S]*?\\*/");

    @Test
    void modelPackagesDependNeitherOnTheToolkitNorOnTheLayersAbove() throws IOException {
        List<String> violations = new ArrayList<>();
        Map<String, Integer> scanned = new TreeMap<>();
        for (Map.Entry<String, List<Pattern>> rule : new TreeMap<>(FORBIDDEN).entrySet()) {
            List<Path> files = javaFiles(SOURCES.resolve(rule.getKey()));
            scanned.put(rule.getKey(), files.size());
            for (Path file : files) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                violations.addAll(violations(file.toString(), source, rule.getValue()));
            }
        }

        assertThat(scanned).as("source files scanned per package")
                .hasEntrySatisfying("content", n -> assertThat(n).isGreaterThan(10))
                .hasEntrySatisfying("practice", n -> assertThat(n).isGreaterThan(10))
                .hasEntrySatisfying("records", n -> assertThat(n).isGreaterThan(10))
                .hasEntrySatisfying("json", n -> assertThat(n).isPositive());
        assertThat(violations)
                .withFailMessage("The model must not depend on JavaFX or on the layers above it:%n%s",
                        String.join(System.lineSeparator(), violations))
                .isEmpty();
    }

    @Test
    void theScannerReportsEachOffendingFileAndLine() {
        String toolkitImport = String.join("\n",
                "package org.empathytrainer.content;",
                "",
                "import javafx.scene.Node;",
                "import java.util.List;");
        String upwardStaticImport = String.join("\n",
                "package org.empathytrainer.practice;",
                "import static org.empathytrainer.ui.Messages.BUNDLE;");
        String fullyQualifiedUse = String.join("\n",
                "package org.empathytrainer.json;",
                "class A {",
                "    org.empathytrainer.records.LearnerId id;",
                "    javafx.beans.property.IntegerProperty n;",
                "}");

        assertThat(violations("Node.java", toolkitImport, FORBIDDEN.get("content")))
                .containsExactly("Node.java:3: import javafx.scene.Node;");
        assertThat(violations("Up.java", upwardStaticImport, FORBIDDEN.get("practice")))
                .containsExactly("Up.java:2: import static org.empathytrainer.ui.Messages.BUNDLE;");
        assertThat(violations("A.java", fullyQualifiedUse, FORBIDDEN.get("json"))).containsExactly(
                "A.java:3: org.empathytrainer.records.LearnerId id;",
                "A.java:4: javafx.beans.property.IntegerProperty n;");
    }

    @Test
    void theScannerAllowsDownwardImportsAndIgnoresComments() {
        String source = String.join("\n",
                "package org.empathytrainer.records;",
                "import org.empathytrainer.content.Step;",
                "import org.empathytrainer.practice.CaseProgress;",
                "/** Unlike {@code org.empathytrainer.ui}, never touches javafx.scene. */",
                "class B { // javafx.scene.Node would not belong here",
                "    String url = \"http://example.org\"; // org.empathytrainer.ui.Ui",
                "}");

        assertThat(violations("B.java", source, FORBIDDEN.get("records"))).isEmpty();
    }

    /** Each line of the source, comments removed, that mentions a forbidden package, as {@code file:line: text}. */
    static List<String> violations(String fileName, String source, List<Pattern> forbidden) {
        String[] lines = withoutComments(source).split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (forbidden.stream().anyMatch(p -> p.matcher(line).find())) {
                found.add(fileName + ":" + (i + 1) + ": " + line.strip());
            }
        }
        return found;
    }

    /** Blanks out comments, keeping line breaks so line numbers still match. */
    private static String withoutComments(String source) {
        Matcher m = LITERAL_OR_COMMENT.matcher(source.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            boolean comment = token.startsWith("/");
            m.appendReplacement(out, Matcher.quoteReplacement(comment ? token.replaceAll("[^\\n]", " ") : token));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Path> javaFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
