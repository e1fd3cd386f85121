package org.empathytrainer.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Mastery by step as a grid of bars, as the dashboard shows a learner's and the class overview the class's: each row
 * the step's name, the bar (taking the width) with what its figure rests on beneath it, and the figure.
 */
public final class MasteryGrid {
    private MasteryGrid() {}

    /** Makes {@code grid} a mastery chart: its style class and its three columns. */
    public static void setUp(GridPane grid) {
        grid.getStyleClass().add("mastery-chart");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(0);
        ColumnConstraints figure = new ColumnConstraints();
        figure.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, bar, figure);
    }

    /**
     * Adds a step's row. What the figure rests on goes under the bar rather than beside it, so the bar keeps its length
     * when the text is large.
     */
    public static void addRow(GridPane grid, int row, String step, StackPane bar, Label basis, Label value) {
        Label stepLabel = new Label(step);
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.getStyleClass().add("mastery-step");
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("mastery-value");
        basis.setMinWidth(0);
        VBox barAndBasis = new VBox(bar, basis);
        barAndBasis.getStyleClass().add("mastery-bar");
        grid.addRow(row, stepLabel, barAndBasis, value);
    }

    /**
     * A bar: a track filled from the left in proportion to a share.
     *
     * @param id          the track's id
     * @param share       how much of the track is filled, 0 to 1
     * @param fillClasses style classes the fill takes besides {@code mastery-fill} (such as {@code weakest})
     */
    public static StackPane bar(String id, double share, String... fillClasses) {
        Region fill = new Region();
        fill.getStyleClass().add("mastery-fill");
        fill.getStyleClass().addAll(fillClasses);
        StackPane track = new StackPane(fill);
        track.setId(id);
        track.getStyleClass().add("mastery-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(0);
        fill.maxWidthProperty()
                .bind(track.widthProperty()
                        .subtract(track.snappedLeftInset() + track.snappedRightInset())
                        .multiply(share));
        fill.setMinWidth(0);
        fill.setMaxHeight(Double.MAX_VALUE);
        return track;
    }
}
