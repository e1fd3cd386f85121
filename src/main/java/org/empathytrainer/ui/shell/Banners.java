package org.empathytrainer.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;

/** Messages across the top of the window (save problems, content problems), each until the user dismisses it. */
public final class Banners extends VBox {
    private final Messages messages;

    public Banners(Messages messages) {
        this.messages = messages;
        setId("banners");
    }

    /** Shows a banner; one with the same id replaces the earlier one. */
    public void show(Notice notice) {
        show(notice.id(), notice.kind(), notice.text());
    }

    public void show(String id, Notice.Kind kind, String text) {
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
        banner.getStyleClass().addAll("banner", kind.style());
        close.setOnAction(e -> getChildren().remove(banner));
        getChildren().add(banner);
    }

    public void dismiss(String id) {
        getChildren().removeIf(n -> id.equals(n.getId()));
    }
}
