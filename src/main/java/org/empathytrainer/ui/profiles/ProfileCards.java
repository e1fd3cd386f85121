package org.empathytrainer.ui.profiles;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.kit.Messages;

/** The learners as large buttons, one each: the name, and a PIN chip for those who have one. */
final class ProfileCards {
    private final Messages m;
    private final FlowPane root = new FlowPane();
    /** More cards than fill a large window. */
    private static final int AT_ONCE = 48;

    private List<Profile> rest = List.of();
    private Consumer<Profile> restPicked;
    private int pulses;

    ProfileCards(Messages m) {
        this.m = m;
        root.setId("profileCards");
        root.getStyleClass().add("profile-cards");
    }

    Node node() {
        return root;
    }

    void show(List<Profile> profiles, Consumer<Profile> onPick) {
        later.stop();
        root.getChildren().clear();
        int now = Math.min(profiles.size(), AT_ONCE);
        profiles.subList(0, now).forEach(p -> root.getChildren().add(card(p, onPick)));
        if (now < profiles.size()) {
            rest = List.copyOf(profiles.subList(now, profiles.size()));
            restPicked = onPick;
            pulses = 0;
            later.start();
        }
    }

    /**
     * Adds the cards below the fold two pulses on, once the first frame is out: on a workstation of 200 learners,
     * making every card before it made the chooser come up half as slowly again. They come after the first cards, so
     * the keyboard goes through them in the same order.
     */
    private final AnimationTimer later = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (++pulses < 2) {
                return;
            }
            stop();
            rest.forEach(p -> root.getChildren().add(card(p, restPicked)));
            rest = List.of();
        }
    };

    private Button card(Profile p, Consumer<Profile> onPick) {
        Button card = new Button(p.name());
        card.setId("profile-" + p.id());
        card.getStyleClass().add("profile-card");
        card.setMnemonicParsing(false);
        card.setWrapText(true);
        card.setAccessibleText(
                m.get(p.hasPin() ? "profiles.pick.pin.accessible" : "profiles.pick.accessible", p.name()));
        if (p.hasPin()) {
            Label chip = new Label(m.get("profiles.pin-chip"));
            chip.getStyleClass().addAll("chip", "pin");
            chip.setAccessibleText(m.get("profiles.pin-chip.accessible"));
            chip.setMinWidth(Label.USE_PREF_SIZE);
            card.setGraphic(chip);
            card.setContentDisplay(ContentDisplay.RIGHT);
        }
        card.setOnAction(e -> onPick.accept(p));
        return card;
    }

    Optional<Node> first() {
        return root.getChildren().stream().findFirst();
    }

    Optional<Node> card(String id) {
        return Optional.ofNullable(root.lookup("#profile-" + id));
    }
}
