package org.empathytrainer.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The focused control is scrolled into view as little as needed; once a window has grown to its size, the scroll
 * made while it was small goes back as far as still shows the control.
 */
@ExtendWith(ApplicationExtension.class)
class FocusScrollTest {
    private Button near;
    private Button far;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        near = new Button("Near the top");
        far = new Button("Far down");
        Region above = new Region();
        above.setPrefHeight(300);
        Region between = new Region();
        between.setPrefHeight(900);
        scroll = new ScrollPane(new VBox(above, near, between, far));
        // The view is as tall as the scroll pane is let be: a small window first.
        scroll.setMaxHeight(200);
        stage.setScene(new Scene(new VBox(scroll), 400, 800));
        stage.show();
    }

    @Test
    void aRevealInASmallViewScrollsAndFromTheTopInATallerOneItGoesBack(FxRobot robot) {
        robot.interact(() -> FocusScroll.reveal(near));
        assertThat(scroll.getVvalue()).as("near is below a 200 px view").isPositive();
        double scrolled = scroll.getVvalue();

        robot.interact(() -> scroll.setMaxHeight(600));
        robot.interact(() -> FocusScroll.reveal(near));
        assertThat(scroll.getVvalue()).as("a reveal never scrolls back").isEqualTo(scrolled);

        robot.interact(() -> FocusScroll.revealFromTop(near));
        assertThat(scroll.getVvalue())
                .as("near shows from the top of a 600 px view")
                .isZero();

        robot.interact(() -> FocusScroll.revealFromTop(far));
        double content = ((VBox) scroll.getContent()).getHeight();
        double view = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * (content - view);
        assertThat(top).as("scrolled down to it").isPositive();
        assertThat(far.getBoundsInParent().getMinY()).as("far shows").isGreaterThanOrEqualTo(top);
        assertThat(far.getBoundsInParent().getMaxY()).as("whole").isLessThanOrEqualTo(top + view + 1);
    }
}
