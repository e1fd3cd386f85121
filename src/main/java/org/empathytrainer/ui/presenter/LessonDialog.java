package org.empathytrainer.ui.presenter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.records.Lesson;
import org.empathytrainer.records.LessonStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Plans a lesson before presenting it: the story or not, and today's cases in order, picked from the course's. A saved
 * lesson can be opened and changed; Save keeps it under its name in the data folder; Start presents it in the room
 * view. Everything works from the keyboard: Enter adds the case picked on the left, Delete removes the one picked on
 * the right, Alt+Up and Alt+Down move it, and each button has its mnemonic.
 */
final class LessonDialog {
    private static final System.Logger LOG = System.getLogger(LessonDialog.class.getName());

    private final Messages m;
    private final Course course;
    private final LessonStore store;
    private final Consumer<Lesson> start;
    private final Stage stage = new Stage();
    private final ComboBox<String> saved = new ComboBox<>();
    private final TextField name = new TextField();
    private final CheckBox story = new CheckBox();
    private final LessonCasesEditor cases;
    private final Label status = new Label();

    LessonDialog(AppContext ctx, LessonStore store, Window owner, Consumer<Lesson> start) {
        this.m = ctx.messages();
        this.course = ctx.course();
        this.store = store;
        this.start = start;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("lesson.title"));
        cases = new LessonCasesEditor(m, course, this::button, this::label);
        Node lists = cases.node();
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox root = new VBox(12, header(), lists, status, buttons());
        root.getStyleClass().add("screen");
        root.setId("lessonDialog");
        Scene scene = new Scene(root, 900, 640);
        ctx.appearance().register(scene);
        // A handler, not a filter: an open list of saved lessons takes its Escape first.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnShown(e -> cases.focus());
        refreshSaved();
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private Node header() {
        saved.setId("lessonSaved");
        saved.setPromptText(m.get("lesson.saved.prompt"));
        saved.setAccessibleText(m.get("lesson.saved.accessible"));
        saved.setOnAction(e -> Optional.ofNullable(saved.getValue()).ifPresent(this::open));
        name.setId("lessonName");
        name.setPromptText(m.get("lesson.name.prompt"));
        // A lesson's name is a file name and a banner's subject: longer ones are refused as they are typed.
        name.setTextFormatter(
                new TextFormatter<String>(c -> c.getControlNewText().length() <= Lesson.NAME_LIMIT ? c : null));
        story.setId("lessonStory");
        story.setText(m.get("lesson.story", course.story().title()));
        story.setMnemonicParsing(true);
        story.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("lesson.saved", saved), saved);
        grid.addRow(1, label("lesson.name", name), name);
        grid.add(story, 1, 2);
        GridPane.setHgrow(name, Priority.ALWAYS);
        return new VBox(8, Ui.text(m.get("lesson.intro"), "muted"), grid);
    }

    private Node buttons() {
        status.setId("lessonStatus");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        BooleanBinding empty = story.selectedProperty().not().and(Bindings.isEmpty(cases.today()));
        Button save = button("lessonSave", "lesson.save", this::save);
        save.disableProperty().bind(empty.or(name.textProperty().isEmpty()));
        Button go = button("lessonStart", "lesson.start", this::startLesson);
        go.disableProperty().bind(empty);
        go.setDefaultButton(false);
        Button cancel = button("lessonCancel", "lesson.cancel", stage::close);
        return new HBox(10, save, go, cancel);
    }

    private Label label(String key, Node target) {
        Label l = new Label(m.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The lesson as planned; unnamed, it is called "Today's lesson" (a name is needed only to save it). */
    private Lesson lesson() {
        String named = name.getText().isBlank() ? m.get("lesson.unnamed") : name.getText();
        return new Lesson(
                named,
                story.isSelected(),
                cases.today().stream().map(CustomerCase::id).toList());
    }

    private void save() {
        try {
            Path file = store.save(lesson());
            status.setText(m.get("lesson.saved-as", lesson().name(), file));
            refreshSaved();
        } catch (StoreException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "A lesson was not saved", e);
            status.setText(m.get("lesson.not-saved", e.getMessage()));
        }
    }

    private void startLesson() {
        Lesson lesson = lesson();
        stage.close();
        start.accept(lesson);
    }

    /** Fills the dialog with the saved lesson {@code named}, saying which of its cases the course no longer has. */
    private void open(String named) {
        try {
            Optional<Lesson> found = store.find(named);
            if (found.isEmpty()) {
                status.setText(m.get("lesson.gone", named));
                return;
            }
            Lesson lesson = found.get();
            name.setText(lesson.name());
            story.setSelected(lesson.story());
            List<CustomerCase> chosen = new ArrayList<>();
            lesson.cases().forEach(id -> course.findCase(id).ifPresent(chosen::add));
            cases.setToday(chosen);
            List<String> missing = lesson.missingCases(
                    course.cases().stream().map(CustomerCase::id).toList());
            status.setText(
                    missing.isEmpty()
                            ? m.get("lesson.opened", lesson.name())
                            : m.get("lesson.missing-cases", lesson.name(), String.join(", ", missing)));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "A saved lesson could not be read", e);
            status.setText(e.getMessage());
        }
    }

    private void refreshSaved() {
        LessonStore.Listing listing = store.list();
        saved.getItems().setAll(listing.names());
        saved.setDisable(listing.names().isEmpty());
        if (!listing.unreadable().isEmpty()) {
            List<String> problems = new ArrayList<>();
            listing.unreadable().forEach(u -> problems.add(u.problem()));
            status.setText(m.get("lesson.unreadable", String.join("\n", problems)));
        }
    }
}
