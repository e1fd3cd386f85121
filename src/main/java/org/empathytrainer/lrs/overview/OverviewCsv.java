package org.empathytrainer.lrs.overview;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.StepMastery;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.Csv;

/**
 * The class overview as CSV for a spreadsheet: a header, one row per learner, then one row for the whole class. UTF-8
 * with a byte order mark, RFC 4180 quoting and the formula guard of {@link Csv}; written whole or not at all.
 * Mastery is a share from 0 to 1 with at most four decimals, empty where there is no figure.
 */
public final class OverviewCsv {
    public static final List<String> COLUMNS = List.of(
            "learner_account",
            "learner_name",
            "cases_done",
            "cases_tried",
            "place_mastery",
            "place_cases",
            "sense_mastery",
            "sense_cases",
            "discuss_mastery",
            "discuss_cases",
            "fix_mastery",
            "fix_cases");
    /** The account column of the last row, which holds the class's figures; its cases columns count learners. */
    public static final String CLASS_ROW = "(class)";

    private OverviewCsv() {}

    /** The rows after the header, before quoting. */
    public static List<List<String>> rows(ClassOverview overview) {
        List<List<String>> rows = new ArrayList<>(overview.learners().size() + 1);
        for (LearnerOverview l : overview.learners()) {
            List<String> row = new ArrayList<>(COLUMNS.size());
            row.add(l.account());
            row.add(l.name());
            row.add(Integer.toString(l.casesDone()));
            row.add(Integer.toString(l.casesTried()));
            for (StepMastery m : l.mastery()) {
                row.add(share(m.mastery()));
                row.add(Integer.toString(m.cases()));
            }
            rows.add(row);
        }
        List<String> whole = new ArrayList<>(List.of(CLASS_ROW, "", "", ""));
        for (Step step : Step.values()) {
            ClassStepMastery m = overview.step(step);
            whole.add(share(m.mastery()));
            whole.add(Integer.toString(m.learners()));
        }
        rows.add(whole);
        return rows;
    }

    /** Writes the overview to {@code file}, replacing it whole; its folder must exist. */
    public static void write(Path file, ClassOverview overview) throws IOException {
        List<List<String>> rows = rows(overview);
        AtomicFiles.write(
                file,
                bytes -> {
                    Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                    out.write(Csv.BOM);
                    Csv.writeRecord(out, COLUMNS);
                    for (List<String> row : rows) {
                        Csv.writeRecord(out, row);
                    }
                    out.flush();
                },
                null);
    }

    static String share(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        return BigDecimal.valueOf(value.getAsDouble())
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
