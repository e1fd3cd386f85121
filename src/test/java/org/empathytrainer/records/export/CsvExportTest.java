package org.empathytrainer.records.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.empathytrainer.records.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export, read back with Apache Commons CSV, an RFC 4180 parser that shares no code with the writer. */
class CsvExportTest {
    @TempDir
    Path tmp;

    private final CsvExport export = new CsvExport(ExportFixtures.COURSE);

    /** The file's records, parsed with RFC 4180 rules; the byte order mark is checked and skipped. */
    private List<CSVRecord> parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private List<Map<String, String>> written() throws IOException {
        Path file = tmp.resolve("results.csv");
        export.write(file, ExportFixtures.learners());
        List<CSVRecord> records = parse(file);
        assertThat(records.get(0).toList()).isEqualTo(CsvExport.COLUMNS);
        return records.subList(1, records.size()).stream()
                .map(r -> {
                    assertThat(r.size())
                            .as("fields in record %d", r.getRecordNumber())
                            .isEqualTo(CsvExport.COLUMNS.size());
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < r.size(); i++) {
                        row.put(CsvExport.COLUMNS.get(i), r.get(i));
                    }
                    return row;
                })
                .collect(Collectors.toList());
    }

    private static Map<String, String> row(
            List<Map<String, String>> rows, String learner, String caseId, String attempt, String step) {
        Predicate<Map<String, String>> match = r -> r.get("learner_id").equals(learner)
                && r.get("case_id").equals(caseId)
                && r.get("attempt").equals(attempt)
                && r.get("step").equals(step);
        return rows.stream()
                .filter(match)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no row for " + learner + " " + caseId + " " + attempt + " " + step));
    }

    @Test
    void everyAttemptHasARowPerStepAndEachStartedStoryOneRow() throws IOException {
        List<Map<String, String>> rows = written();

        assertThat(rows)
                .extracting(r ->
                        r.get("learner_id") + " " + r.get("case_id") + " " + r.get("attempt") + " " + r.get("step"))
                .containsExactly(
                        "ana   story",
                        "ana late-refund 1 place",
                        "ana late-refund 1 sense",
                        "ana late-refund 1 discuss",
                        "ana late-refund 1 fix",
                        "ana late-refund 2 place",
                        "ana late-refund 2 sense",
                        "ana late-refund 2 discuss",
                        "ana late-refund 2 fix",
                        "ana lost-card 1 place",
                        "ana lost-card 1 sense",
                        "ana lost-card 1 discuss",
                        "ana lost-card 1 fix",
                        "ben   story",
                        "ben retired-case 1 place",
                        "ben retired-case 1 sense",
                        "ben retired-case 1 discuss",
                        "ben retired-case 1 fix");
        assertThat(export.rows(ExportFixtures.learners())).hasSize(rows.size());
    }

    @Test
    void namesAndTextsWithCommasQuotesLineBreaksAndNonAsciiComeBackExactly() throws IOException {
        List<Map<String, String>> rows = written();

        Map<String, String> discuss = row(rows, "ana", "late-refund", "1", "discuss");
        assertThat(discuss.get("learner_name")).isEqualTo("Ana Müller, \"Anni\"");
        assertThat(discuss.get("written")).isEqualTo("I'm so sorry, \"truly\".\r\nLänger – ✓");
        assertThat(discuss.get("case_title")).isEqualTo("The refund that never came");
        assertThat(row(rows, "ben", "retired-case", "1", "place").get("learner_name"))
                .isEqualTo("Bénédicte Ørsted 李");
    }

    @Test
    void cellsAFormulaCouldStartWithGetALeadingApostrophe() throws IOException {
        List<Map<String, String>> rows = written();

        assertThat(row(rows, "ana", "", "", "story").get("written"))
                .isEqualTo("'=SUM(A1) is not what I learnt;\nlistening, first.");
        assertThat(row(rows, "ana", "late-refund", "1", "fix").get("written"))
                .isEqualTo("'-5 days at most, @you will hear from me");
        assertThat(row(rows, "ben", "retired-case", "1", "place").get("written"))
                .isEqualTo("'@everyone +1");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void attemptsAndStepsCarryTheirTimesScoresAndAnswers() throws IOException {
        List<Map<String, String>> rows = written();

        Map<String, String> sense = row(rows, "ana", "late-refund", "1", "sense");
        assertThat(sense)
                .containsEntry("case_version", "2")
                .containsEntry("attempt_status", "completed")
                .containsEntry("attempt_started_at", "2026-03-02T10:01:00Z")
                .containsEntry("attempt_completed_at", "2026-03-02T10:10:00Z")
                .containsEntry("attempt_seconds", "540")
                .containsEntry("attempt_score", "0.775")
                .containsEntry("step_number", "2")
                .containsEntry("step_status", "done")
                .containsEntry("step_score", "0.5")
                .containsEntry("step_started_at", "2026-03-02T10:02:00Z")
                .containsEntry("step_completed_at", "2026-03-02T10:04:00Z")
                .containsEntry("step_seconds", "120")
                .containsEntry("response", "worried=3; calm=1")
                .containsEntry("written", "");
        assertThat(row(rows, "ana", "late-refund", "1", "fix").get("response"))
                .isEqualTo("check-status; issue-refund; escalate");
        assertThat(row(rows, "ana", "late-refund", "1", "place").get("response"))
                .isEqualTo("money-back");

        Map<String, String> underWay = row(rows, "ana", "late-refund", "2", "sense");
        assertThat(underWay)
                .containsEntry("attempt_status", "in-progress")
                .containsEntry("attempt_completed_at", "")
                .containsEntry("attempt_seconds", "180")
                .containsEntry("attempt_score", "0.5")
                .containsEntry("step_status", "in-progress")
                .containsEntry("step_score", "")
                .containsEntry("step_seconds", "")
                .containsEntry("response", "frustrated=2");
        assertThat(row(rows, "ana", "late-refund", "2", "fix"))
                .containsEntry("step_status", "not-started")
                .containsEntry("step_started_at", "")
                .containsEntry("response", "");
        assertThat(row(rows, "ben", "retired-case", "1", "place"))
                .containsEntry("case_title", "")
                .containsEntry("step_score", "0.25");
        assertThat(row(rows, "ben", "", "", "story"))
                .containsEntry("attempt_status", "in-progress")
                .containsEntry("step_status", "in-progress")
                .containsEntry("step_completed_at", "");
    }

    @Test
    void scoresUseAPointWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(row(written(), "ana", "late-refund", "1", "sense").get("attempt_score"))
                    .isEqualTo("0.775");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void recordsEndWithCrLfAndOnlyFieldsThatNeedItAreQuoted() throws IOException {
        Path file = tmp.resolve("results.csv");
        export.write(file, List.of(ExportFixtures.ana()));
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("\uFEFFlearner_id,learner_name,case_id,")
                .contains("\r\nana,\"Ana Müller, "
                        + "\"\"Anni\"\"\",late-refund,The refund that never came,2,1,completed,2026-03-02T10:01:00Z,")
                .endsWith("\r\n");
        assertThat(text.replace("\r\n", ""))
                .as("no bare line ends outside the learner's own text")
                .doesNotContain("\nana,");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\ronly")).isEqualTo("\"cr\ronly\"");
        assertThat(Csv.field("plain")).isEqualTo("plain");
    }

    @Test
    void noLearnersGiveAHeaderOnly() throws IOException {
        Path file = tmp.resolve("empty.csv");

        int rows = export.write(file, List.of());

        assertThat(rows).isZero();
        assertThat(parse(file)).singleElement().extracting(CSVRecord::toList).isEqualTo(CsvExport.COLUMNS);
    }
}
