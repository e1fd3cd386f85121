package org.empathytrainer.ui.lrs;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.ui.kit.Messages;

/**
 * Sending's state in the top bar, in a few words ("All results sent", "4 results waiting: no connection since
 * 10:42", "The LRS refused the key"), hidden while sending is off. Pressing it (click, Space or Enter) opens the
 * details. {@link #show} is called on the JavaFX thread: the service's listener hands it over with
 * {@code Platform.runLater}.
 */
public final class SendStatusButton extends Button {
    private final StatusWords words;
    private final Messages m;
    private SendStatus status = SendStatus.OFF;

    /** {@code details}: opens the details of the status shown. */
    public SendStatusButton(Messages m, ZoneId zone, Consumer<SendStatus> details) {
        this.words = new StatusWords(m, zone);
        setId("lrsStatus");
        getStyleClass().add("lrs-status");
        setMinWidth(USE_PREF_SIZE);
        setMnemonicParsing(false);
        setOnAction(e -> details.accept(status));
        managedProperty().bind(visibleProperty());
        this.m = m;
        show(SendStatus.OFF);
    }

    public void show(SendStatus now) {
        status = now;
        String text = words.of(now);
        setText(text);
        setAccessibleText(m.get("lrs.status.accessible", text));
        setVisible(!text.isEmpty());
        getStyleClass().removeAll("warning", "error");
        if (now.state() == SendStatus.State.KEY_REFUSED || now.state() == SendStatus.State.SOME_REFUSED) {
            getStyleClass().add("error");
        } else if (now.state() == SendStatus.State.WAITING && now.offlineSince().isPresent()) {
            getStyleClass().add("warning");
        }
    }

    public SendStatus status() {
        return status;
    }
}
