package org.empathytrainer.ui.overview;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.lrs.overview.ClassOverview;
import org.empathytrainer.lrs.overview.LearnerOverview;
import org.empathytrainer.lrs.overview.OverviewCsv;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** The overview once read: how many learners and statements, the class's chart, the sortable table, Export CSV. */
final class OverviewResults {
    private static final System.Logger LOG = System.getLogger(OverviewResults.class.getName());

    private final Messages m;
    private final ClassOverview overview;
    private final Function<String, Optional<Path>> chooseFile;
    private final ScrollPane node = new ScrollPane();
    private final TableView<LearnerOverview> table;
    private final Label saved = new Label();

    OverviewResults(Messages m, ClassOverview overview, Function<String, Optional<Path>> chooseFile) {
        this.m = m;
        this.overview = overview;
        this.chooseFile = chooseFile;
        Label summary =
                Ui.text(m.get("overview.summary", overview.learners().size(), overview.statements()), "body-text");
        summary.setId("overviewSummary");
        Label chartTitle = Ui.text(m.get("overview.chart.title"), "section-title");
        Label explain = Ui.text(m.get("overview.chart.explain"), "muted");
        table = LearnerTable.of(m, overview.learners());
        ComboBox<SortChoice.Choice> sort = SortChoice.of(m, table);
        Label sortLabel = new Label(m.get("overview.sort"));
        sortLabel.setMnemonicParsing(true);
        sortLabel.setLabelFor(sort);
        sortLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label tableTitle = Ui.text(m.get("overview.table.title"), "section-title");
        HBox tableHeader = new HBox(12, tableTitle, sortLabel, sort);
        tableHeader.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tableTitle, Priority.ALWAYS);
        VBox top = new VBox(8, summary, chartTitle, new ClassChart(m, overview.steps()), explain, tableHeader);

        Button export = new Button(m.get("overview.export"));
        export.setId("overviewExport");
        export.setMnemonicParsing(true);
        export.setMinWidth(Button.USE_PREF_SIZE);
        export.setOnAction(e -> export());
        saved.setId("overviewSaved");
        saved.setWrapText(true);
        saved.setMinHeight(Label.USE_PREF_SIZE);
        saved.getStyleClass().add("form-message");
        HBox bottom = new HBox(12, export, saved);
        bottom.setAlignment(Pos.CENTER_LEFT);

        // The table keeps room for a dozen rows; where the window is too small for that and the chart, the whole
        // screen scrolls instead of the table shrinking to a row or two.
        table.setStyle("-fx-min-height: 16em;");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox all = new VBox(8, top, table, bottom);
        node.setContent(all);
        node.setFitToWidth(true);
        node.setFitToHeight(true);
        node.setId("overviewResults");
    }

    Node node() {
        return node;
    }

    Node initialFocus() {
        return table;
    }

    /** Asks where, then writes the CSV off the JavaFX thread and says where it went, or why it did not. */
    private void export() {
        Optional<Path> file = chooseFile.apply(m.get("overview.export.file"));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        saved.getStyleClass().remove("error");
        saved.setText(m.get("overview.export.saving"));
        Thread t = new Thread(
                () -> {
                    try {
                        OverviewCsv.write(target, overview);
                        Platform.runLater(() -> said(
                                m.get(
                                        "overview.export.saved",
                                        overview.learners().size(),
                                        target.toString()),
                                false));
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "The class overview was not saved to " + target, e);
                        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        Platform.runLater(() -> said(m.get("overview.export.failed", target.toString(), reason), true));
                    }
                },
                "empathy-trainer-overview-export");
        t.setDaemon(true);
        t.start();
    }

    private void said(String text, boolean error) {
        saved.setText(text);
        if (error) {
            saved.getStyleClass().add("error");
        }
    }
}
