package org.empathytrainer.ui.lrs;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.ui.kit.Messages;

/**
 * Sending's state in the top bar, in a few words ("All results sent", "4 results waiting: no connection since
 * 10:42", "The LRS refused the key"), hidden while sending is off. Pressing it (click, Space or Enter) opens the
 * details, which follow the status while open. {@link #show} is called on the JavaFX thread: the service's listener hands it over with
 * {@code Platform.runLater}.
 */
public final class SendStatusButton extends Button {
    private final StatusWords words;
    private final Messages m;
    private SendStatus status = SendStatus.OFF;
    private SendDetailsDialog open;

    /** {@code details}: opens the details dialog of the status shown, which then follows every change until closed. */
    public SendStatusButton(Messages m, ZoneId zone, Function<SendStatus, Optional<SendDetailsDialog>> details) {
        this.words = new StatusWords(m, zone);
        setId("lrsStatus");
        getStyleClass().add("lrs-status");
        setMinWidth(USE_PREF_SIZE);
        setMnemonicParsing(false);
        setOnAction(e -> details.apply(status).ifPresent(dialog -> {
            open = dialog;
            dialog.setOnHidden(hidden -> open = null);
            dialog.show();
        }));
        managedProperty().bind(visibleProperty());
        this.m = m;
        show(SendStatus.OFF);
    }

    public void show(SendStatus now) {
        status = now;
        if (open != null) {
            open.show(now);
        }
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
}
