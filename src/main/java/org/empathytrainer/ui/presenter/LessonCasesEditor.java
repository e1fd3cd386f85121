package org.empathytrainer.ui.presenter;

import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.wizard.ChannelNames;

/**
 * The cases of a lesson being planned: the course's cases on the left, today's in order on the right, and the
 * buttons that add, remove and move them. Enter adds the case picked on the left, Delete removes the one picked on the
 * right, Alt+Up and Alt+Down move it.
 */
final class LessonCasesEditor {
    /** Makes a button with an id, a label key and an action. */
    interface Buttons {
        Button make(String id, String key, Runnable action);
    }

    private final Messages m;
    private final ListView<CustomerCase> courseCases = new ListView<>();
    private final ObservableList<CustomerCase> today = FXCollections.observableArrayList();
    private final ListView<CustomerCase> agenda = new ListView<>(today);
    private final Buttons buttons;
    private final BiFunction<String, Node, Label> labels;

    LessonCasesEditor(Messages m, Course course, Buttons buttons, BiFunction<String, Node, Label> labels) {
        this.m = m;
        this.buttons = buttons;
        this.labels = labels;
        courseCases.getItems().setAll(course.cases());
    }

    /** Today's cases, in order; the dialog fills it from a saved lesson and reads it to save one. */
    ObservableList<CustomerCase> today() {
        return today;
    }

    /** Takes the focus, as the dialog opens: Enter then adds the first case. */
    void focus() {
        courseCases.requestFocus();
    }

    void setToday(List<CustomerCase> cases) {
        today.setAll(cases);
    }

    /** The two lists side by side, the buttons between them. */
    Node node() {
        courseCases.setId("lessonCourse");
        courseCases.setCellFactory(v -> new CaseCell());
        courseCases.getSelectionModel().selectFirst();
        courseCases.setAccessibleText(m.get("lesson.course.accessible"));
        courseCases.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                add();
            }
        });
        agenda.setId("lessonAgenda");
        agenda.setCellFactory(v -> new CaseCell());
        agenda.setAccessibleText(m.get("lesson.agenda.accessible"));
        agenda.setPlaceholder(Ui.text(m.get("lesson.agenda.empty"), "muted"));
        agenda.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                remove();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                move(e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });
        BooleanBinding none = agenda.getSelectionModel().selectedItemProperty().isNull();
        Button add = buttons.make("lessonAdd", "lesson.add", this::add);
        add.disableProperty()
                .bind(courseCases.getSelectionModel().selectedItemProperty().isNull());
        Button remove = buttons.make("lessonRemove", "lesson.remove", this::remove);
        remove.disableProperty().bind(none);
        Button up = buttons.make("lessonUp", "lesson.up", () -> move(-1));
        up.disableProperty()
                .bind(none.or(agenda.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        Button down = buttons.make("lessonDown", "lesson.down", () -> move(1));
        down.disableProperty()
                .bind(none.or(agenda.getSelectionModel()
                        .selectedIndexProperty()
                        .isEqualTo(Bindings.size(today).subtract(1))));
        VBox moves = new VBox(8, add, remove, up, down);
        moves.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        moves.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = column("lesson.course", courseCases);
        VBox right = column("lesson.agenda", agenda);
        HBox row = new HBox(12, left, moves, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // The two lists share the width equally, whatever their contents.
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        return row;
    }

    private VBox column(String key, ListView<CustomerCase> list) {
        VBox box = new VBox(6, labels.apply(key, list), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private void add() {
        CustomerCase c = courseCases.getSelectionModel().getSelectedItem();
        if (c != null) {
            today.add(c);
            agenda.getSelectionModel().select(today.size() - 1);
            // On to the next case, so Enter, Down, Enter picks a run of them.
            courseCases.getSelectionModel().selectNext();
        }
    }

    private void remove() {
        int i = agenda.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            today.remove(i);
            if (!today.isEmpty()) {
                agenda.getSelectionModel().select(Math.min(i, today.size() - 1));
            }
        }
    }

    private void move(int by) {
        int i = agenda.getSelectionModel().getSelectedIndex();
        int to = i + by;
        if (i < 0 || to < 0 || to >= today.size()) {
            return;
        }
        CustomerCase c = today.remove(i);
        today.add(to, c);
        agenda.getSelectionModel().select(to);
    }

    /** A case as the lists show it: its title, then who the customer is and the channel. */
    private final class CaseCell extends ListCell<CustomerCase> {
        CaseCell() {
            // Wrapped to the list's width rather than widening it: long titles need no sideways scrolling.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CustomerCase c, boolean empty) {
            super.updateItem(c, empty);
            setText(
                    empty || c == null
                            ? null
                            : m.get(
                                    "lesson.case",
                                    c.title(),
                                    c.customer().name(),
                                    m.get("channel." + ChannelNames.key(c.channel()))));
        }
    }
}
