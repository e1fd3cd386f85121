package org.empathytrainer.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Export CSV and export xAPI, for the current learner or all learners: a small pane to place on a screen. The file
 * is written by a background task; the pane shows that it is working, then what was saved where, or why nothing
 * was. Call its methods on the JavaFX thread.
 */
public final class ExportActions {
    private static final System.Logger LOG = System.getLogger(ExportActions.class.getName());

    private final Messages m;
    private final Course course;
    private final Supplier<LearnerRecords> currentLearner;
    private final Supplier<List<LearnerRecords>> allLearners;
    private final Executor executor;
    private final Function<ExportRequest, Optional<Path>> chooseFile;
    private XapiOptions xapi = XapiOptions.DEFAULTS;

    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton current = new RadioButton();
    private final RadioButton all = new RadioButton();
    private final Label status = Ui.text("");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final HBox statusBox = new HBox(progress, status);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final Button csvButton;
    private final Button xapiButton;
    private final VBox pane;

    /**
     * @param currentLearner the learner using the app, read on the JavaFX thread when an export starts
     * @param allLearners    every learner's records, read on the background thread (it may read files)
     * @param executor       runs the exports, never on the JavaFX thread
     * @param chooseFile     asks where to save, empty when the user cancels; {@link ExportChooser#system} in the app
     */
    public ExportActions(
            Messages m,
            Course course,
            Supplier<LearnerRecords> currentLearner,
            Supplier<List<LearnerRecords>> allLearners,
            Executor executor,
            Function<ExportRequest, Optional<Path>> chooseFile) {
        this.m = m;
        this.course = Objects.requireNonNull(course);
        this.currentLearner = Objects.requireNonNull(currentLearner);
        this.allLearners = Objects.requireNonNull(allLearners);
        this.executor = Objects.requireNonNull(executor);
        this.chooseFile = Objects.requireNonNull(chooseFile);
        csvButton = button("exportCsv", m.get("export.csv"), m.get("export.csv.accessible"), ExportFormat.CSV);
        xapiButton = button("exportXapi", m.get("export.xapi"), m.get("export.xapi.accessible"), ExportFormat.XAPI);
        pane = build();
        refresh();
    }

    /** The pane: a title, the choice of learners, the two buttons and the outcome of the last export. */
    public Node node() {
        return pane;
    }

    /** The xAPI home page and activity base of later exports. */
    public void setXapiOptions(XapiOptions options) {
        xapi = Objects.requireNonNull(options);
    }

    /** Shows the current learner's name again, e.g. after another learner has signed in. */
    public void refresh() {
        String name = currentLearner.get().displayName();
        current.setText(m.get("export.scope.current", name));
        current.setAccessibleText(m.get("export.scope.current.accessible", name));
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks where to save, then exports in the background; does nothing if the user cancels or one is running. */
    public void export(ExportFormat format) {
        if (running.get()) {
            return;
        }
        boolean everyone = scope.getSelectedToggle() == all;
        LearnerRecords learner = currentLearner.get();
        String who = everyone ? "all-learners" : learner.learnerId();
        Optional<Path> file = chooseFile.apply(new ExportRequest(
                format,
                "empathy-trainer-" + who + "-" + LocalDate.now() + (format == ExportFormat.XAPI ? "-xapi" : "")
                        + format.extension()));
        if (file.isEmpty()) {
            return;
        }
        Supplier<List<LearnerRecords>> learners = everyone ? allLearners : () -> List.of(learner);
        ExportJob job = new ExportJob(format, file.get(), learners, course, xapi);
        Button pressed = format == ExportFormat.CSV ? csvButton : xapiButton;
        boolean hadFocus = pressed.isFocused();
        job.setOnSucceeded(e -> finish("success", ExportMessages.saved(m, job, job.getValue()), pressed, hadFocus));
        job.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Export to " + job.file() + " failed", job.getException());
            finish("error", ExportMessages.failed(m, job, job.getException()), pressed, hadFocus);
        });
        running.set(true);
        show("info", m.get("export.running"), true);
        executor.execute(job);
    }

    /** Shows the outcome; gives the focus back to the button pressed, which lost it while disabled. */
    private void finish(String style, String text, Button pressed, boolean hadFocus) {
        running.set(false);
        show(style, text, false);
        if (hadFocus && pressed.getScene() != null) {
            Node owner = pressed.getScene().getFocusOwner();
            if (owner == null || owner == current || owner == all) {
                pressed.requestFocus();
            }
        }
    }

    private void show(String style, String text, boolean busy) {
        statusBox.getStyleClass().removeAll("info", "success", "error");
        statusBox.getStyleClass().add(style);
        statusBox.setVisible(true);
        statusBox.setManaged(true);
        progress.setVisible(busy);
        progress.setManaged(busy);
        status.setText(text);
    }

    private VBox build() {
        Label title = Ui.text(m.get("export.title"), "section-title");
        Label intro = Ui.text(m.get("export.intro"), "muted");
        current.setId("exportScopeCurrent");
        current.setToggleGroup(scope);
        current.setSelected(true);
        all.setId("exportScopeAll");
        all.setText(m.get("export.scope.all"));
        all.setAccessibleText(m.get("export.scope.all.accessible"));
        all.setToggleGroup(scope);

        HBox buttons = new HBox(12, csvButton, xapiButton);

        progress.setId("exportProgress");
        progress.setAccessibleText(m.get("export.progress.accessible"));
        // Spins rather than counts: an export takes moments, and a percentage would not say more.
        progress.setProgress(ProgressIndicator.INDETERMINATE_PROGRESS);
        progress.setPrefSize(24, 24);
        progress.setMinSize(24, 24);
        status.setId("exportStatus");
        HBox.setHgrow(status, Priority.ALWAYS);
        statusBox.setId("exportStatusBox");
        statusBox.getStyleClass().add("banner");
        statusBox.setVisible(false);
        statusBox.setManaged(false);

        VBox box = new VBox(10, title, intro, current, all, buttons, statusBox);
        box.setId("exportPane");
        box.getStyleClass().add("export-pane");
        box.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                refresh();
            }
        });
        return box;
    }

    private Button button(String id, String text, String accessible, ExportFormat format) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.disableProperty().bind(running);
        button.setOnAction(e -> export(format));
        return button;
    }
}
