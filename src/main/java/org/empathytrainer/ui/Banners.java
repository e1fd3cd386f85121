package org.empathytrainer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Messages across the top of the window (save problems, content problems), each until the user dismisses it. */
public final class Banners extends VBox {
    /** How serious a banner is; also its style class. */
    public enum Kind {
        INFO("info"), WARNING("warning"), ERROR("error");

        private final String style;

        Kind(String style) {
            this.style = style;
        }
    }

    private final Messages messages;

    public Banners(Messages messages) {
        this.messages = messages;
        setId("banners");
    }

    /** Shows a banner; one with the same id replaces the earlier one. */
    public void show(String id, Kind kind, String text) {
        dismiss(id);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = new Button(messages.get("banner.dismiss"));
        close.setAccessibleText(messages.get("banner.dismiss.accessible"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(label, close);
        banner.setId(id);
        banner.getStyleClass().addAll("banner", kind.style);
        close.setOnAction(e -> getChildren().remove(banner));
        getChildren().add(banner);
    }

    public void dismiss(String id) {
        getChildren().removeIf(n -> id.equals(n.getId()));
    }
}
