package org.empathytrainer.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A mastery bar: a track filled from the left in proportion to a share, as the dashboard and class overview show. */
public final class MasteryBar {
    private MasteryBar() {}

    /**
     * @param id          the track's id
     * @param share       how much of the track is filled, 0 to 1
     * @param fillClasses style classes the fill takes besides {@code mastery-fill} (such as {@code weakest})
     */
    public static StackPane of(String id, double share, String... fillClasses) {
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
