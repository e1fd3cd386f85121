package org.empathytrainer.ui.home;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Story;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** The story on the home screen: what it is, how far the learner got, and the button to go on. */
final class StoryCard extends VBox {
    private final Button action;
    private final StoryProgress shows;

    StoryCard(Messages m, Story story, StoryProgress progress, Navigator nav) {
        this.shows = progress;
        getStyleClass().add("card");
        setId("storyCard");
        int scenes = story.scenes().size();
        String state;
        String status;
        String button;
        if (progress.completed()) {
            state = "done";
            status = m.get("story.status.done");
            button = m.get("card.review");
        } else if (progress.started()) {
            state = "in-progress";
            status = progress.scene() >= scenes
                    ? m.get("story.status.reflection")
                    : m.get("story.status.scene", progress.scene() + 1, scenes);
            button = m.get("card.continue");
        } else {
            state = "not-started";
            status = m.get("story.status.new", scenes);
            button = m.get("card.start");
        }
        action = new Button(button);
        action.setId("storyOpen");
        action.getStyleClass().add("primary");
        action.setAccessibleText(button + " " + story.title());
        action.setOnAction(e -> nav.story());
        getChildren()
                .addAll(
                        Ui.text(story.title(), "card-title"),
                        Ui.text(story.summary(), "body-text"),
                        new HBox(8, HomeView.chip(status, state)),
                        action);
    }

    Button action() {
        return action;
    }

    /** The learner's progress through the story that the card was made from. */
    StoryProgress shows() {
        return shows;
    }
}
