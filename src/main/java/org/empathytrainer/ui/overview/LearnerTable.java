package org.empathytrainer.ui.overview;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.empathytrainer.content.Step;
import org.empathytrainer.lrs.overview.LearnerOverview;
import org.empathytrainer.ui.kit.Messages;

/**
 * The class, one learner a row: name, cases done, and mastery of each step. A click on a column's header sorts by it
 * (the screen's "Sort by" does the same from the keyboard); a learner with no figure for a step sorts below every
 * figure.
 */
final class LearnerTable {
    /** Percentages from the lowest up, the learners without a figure first. */
    private static final Comparator<OptionalDouble> BY_MASTERY =
            Comparator.comparingDouble((OptionalDouble d) -> d.isPresent() ? d.getAsDouble() : -1);

    private LearnerTable() {}

    /** The table's columns: the learner, cases done, then one per step in step order. */
    static TableView<LearnerOverview> of(Messages m, List<LearnerOverview> learners) {
        TableView<LearnerOverview> table = new TableView<>(FXCollections.observableArrayList(learners));
        table.setId("overviewTable");
        table.setAccessibleText(m.get("overview.table.accessible", learners.size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("overview.table.empty")));

        TableColumn<LearnerOverview, String> name = column(m.get("overview.table.learner"), LearnerOverview::name);
        name.setId("overviewColumnLearner");
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<LearnerOverview, Integer> done =
                column(m.get("overview.table.cases-done"), LearnerOverview::casesDone);
        done.setId("overviewColumnCasesDone");
        done.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(name);
        table.getColumns().add(done);
        for (Step step : Step.values()) {
            TableColumn<LearnerOverview, OptionalDouble> c =
                    column(ClassChart.stepName(m, step), l -> l.mastery(step).mastery());
            c.setId("overviewColumn-" + step.id());
            c.setComparator(BY_MASTERY);
            c.setStyle("-fx-alignment: center-right;");
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(OptionalDouble item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(
                            empty || item == null
                                    ? null
                                    : item.isPresent() ? m.percent(item.getAsDouble()) : m.get("overview.no-score"));
                }
            });
            table.getColumns().add(c);
        }
        return table;
    }

    private static <T> TableColumn<LearnerOverview, T> column(String title, Function<LearnerOverview, T> value) {
        TableColumn<LearnerOverview, T> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        c.setMinWidth(Label.USE_PREF_SIZE);
        return c;
    }
}
