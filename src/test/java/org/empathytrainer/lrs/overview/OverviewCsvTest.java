package org.empathytrainer.lrs.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.empathytrainer.content.Step;
import org.empathytrainer.records.export.XapiOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewCsvTest {
    @TempDir
    Path folder;

    private static ClassOverview overview(JsonObject... statements) {
        ClassOverviewBuilder builder = new ClassOverviewBuilder(XapiOptions.DEFAULTS);
        for (JsonObject s : statements) {
            builder.add(s);
        }
        return builder.build(ClassStatements.COURSE);
    }

    @Test
    void oneRowPerLearnerThenTheClassWithFourDecimalsAtMost() throws Exception {
        JsonObject place = ClassOverviewBuilderTest.answered("r", 1, Step.PLACE, 2.0 / 3, "2026-03-02T09:00:00Z");
        JsonObject completed =
                ClassOverviewBuilderTest.statement("completed", "cases/porch-parcel", "r", "2026-03-02T09:05:00Z");
        Path file = folder.resolve("class.csv");

        OverviewCsv.write(file, overview(place, completed));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFlearner_account,learner_name,cases_done,cases_tried,place_mastery,");
        assertThat(text.split("\r\n", -1))
                .containsExactly(
                        "\uFEFF" + String.join(",", OverviewCsv.COLUMNS),
                        "ana,Ana,1,1,0.6667,1,,0,,0,,0",
                        "(class),,,,0.6667,1,,0,,0,,0",
                        "");
    }

    @Test
    void aNameASpreadsheetWouldRunIsWrittenAsText() {
        JsonObject s = ClassOverviewBuilderTest.answered("r", 1, Step.FIX, 1, "2026-03-02T09:00:00Z");
        s.getAsJsonObject("actor").addProperty("name", "=HYPERLINK(\"x\")");

        List<List<String>> rows = OverviewCsv.rows(overview(s));

        assertThat(rows.get(0).get(1)).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(org.empathytrainer.records.Csv.field(rows.get(0).get(1))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void aMissingFolderIsAnErrorAndMakesNoFile() throws Exception {
        Path file = folder.resolve("missing-folder").resolve("class.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OverviewCsv.write(file, overview()))
                .isInstanceOf(java.io.IOException.class);
        assertThat(file).doesNotExist();
    }
}
