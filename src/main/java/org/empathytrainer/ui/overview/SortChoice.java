package org.empathytrainer.ui.overview;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.empathytrainer.content.Step;
import org.empathytrainer.lrs.overview.LearnerOverview;
import org.empathytrainer.ui.kit.Messages;

/**
 * Sorting the table from the keyboard, where its column headers cannot be reached: by name, by cases done (most
 * first), or by a step's mastery (lowest first: who needs help comes first).
 */
final class SortChoice {
    /** A way to sort: the table's column, 0 the learner, 1 cases done, then the steps; shown as its text. */
    record Choice(int column, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private SortChoice() {}

    static ComboBox<Choice> of(Messages m, TableView<LearnerOverview> table) {
        ComboBox<Choice> box = new ComboBox<>();
        box.setId("overviewSort");
        box.setAccessibleText(m.get("overview.sort.accessible"));
        box.getItems().add(new Choice(0, m.get("overview.sort.name")));
        box.getItems().add(new Choice(1, m.get("overview.sort.cases-done")));
        for (Step step : Step.values()) {
            box.getItems()
                    .add(new Choice(2 + step.ordinal(), m.get("overview.sort.step", ClassChart.stepName(m, step))));
        }
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                TableColumn<LearnerOverview, ?> column = table.getColumns().get(now.column());
                column.setSortType(
                        now.column() == 1 ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(column);
                table.sort();
            }
        });
        return box;
    }
}
