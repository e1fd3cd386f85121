package org.empathytrainer.ui.profiles;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    ProfileCards(Messages m) {
        this.m = m;
        root.setId("profileCards");
        root.getStyleClass().add("profile-cards");
    }

    Node node() {
        return root;
    }

    void show(List<Profile> profiles, Consumer<Profile> onPick) {
        root.getChildren().clear();
        for (Profile p : profiles) {
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
            root.getChildren().add(card);
        }
    }

    Optional<Node> first() {
        return root.getChildren().stream().findFirst();
    }

    Optional<Node> card(String id) {
        return Optional.ofNullable(root.lookup("#profile-" + id));
    }
}
