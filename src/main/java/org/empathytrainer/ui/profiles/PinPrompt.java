package org.empathytrainer.ui.profiles;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Asks for a learner's PIN in place of the list of learners. The check runs in the background (it is slow on
 * purpose); after a wrong PIN the field stays disabled while the learner's PIN rests ({@link ProfileStore#pinRest}),
 * which grows with each wrong try and is not shortened by choosing someone else and coming back, nor by a restart.
 */
final class PinPrompt {

    private final Messages m;
    private final ProfileStore store;
    private final Executor background;
    private final Consumer<Profile> onRight;
    private final Consumer<ProfileException> onError;
    private final VBox root = new VBox();
    private final Label title = Ui.text("", "section-title");
    private final PasswordField field = new PasswordField();
    private final Button submit;
    private final Label message = Ui.text("", "form-message");
    private final PauseTransition delay = new PauseTransition();
    private Profile profile;

    PinPrompt(
            Messages m,
            ProfileStore store,
            Executor background,
            Consumer<Profile> onRight,
            Runnable onCancel,
            Consumer<ProfileException> onError) {
        this.m = m;
        this.store = store;
        this.background = background;
        this.onRight = onRight;
        this.onError = onError;
        title.setId("pinTitle");
        field.setId("pinEntry");
        field.setOnAction(e -> submit());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel.run();
            }
        });
        Label fieldLabel = new Label(m.get("profiles.pin.field"));
        fieldLabel.setMnemonicParsing(true);
        fieldLabel.setLabelFor(field);
        submit = new Button(m.get("profiles.pin.submit"));
        submit.setId("pinSubmit");
        submit.setMnemonicParsing(true);
        submit.getStyleClass().add("primary");
        submit.setOnAction(e -> submit());
        Button cancel = new Button(m.get("profiles.pin.cancel"));
        cancel.setId("pinCancel");
        cancel.setOnAction(e -> onCancel.run());
        message.setId("pinMessage");
        HBox row = new HBox(8, fieldLabel, field, submit, cancel);
        row.getStyleClass().add("form-row");
        root.getChildren().addAll(title, row, message);
        root.setId("pinPrompt");
        root.getStyleClass().add("pin-prompt");
        delay.setOnFinished(e -> ready());
    }

    Node node() {
        return root;
    }

    Node focusTarget() {
        return field;
    }

    /** The id of the learner whose PIN is asked for, or null. */
    String asked() {
        return profile == null ? null : profile.id();
    }

    /** Asks for {@code p}'s PIN. */
    void ask(Profile p) {
        profile = p;
        delay.stop();
        title.setText(m.get("profiles.pin.title", p.name()));
        field.setAccessibleText(m.get("profiles.pin.field.accessible", p.name()));
        message.setText("");
        message.getStyleClass().remove("error");
        java.time.Duration rest = store.pinRest(p.id());
        if (rest.isZero()) {
            ready();
        } else {
            rest(rest, m.get("profiles.pin.resting", seconds(rest)));
        }
    }

    private void submit() {
        if (field.isDisabled() || profile == null) {
            return;
        }
        Profile asked = profile;
        char[] pin = field.getText().toCharArray();
        field.clear();
        busy(true);
        message.getStyleClass().remove("error");
        message.setText(m.get("profiles.pin.checking"));
        Task<Boolean> check = new Task<>() {
            @Override
            protected Boolean call() throws ProfileException {
                try {
                    return store.checkPin(asked.id(), pin);
                } finally {
                    Arrays.fill(pin, '\0');
                }
            }
        };
        check.setOnSucceeded(e -> {
            if (asked != profile) {
                return;
            }
            if (check.getValue()) {
                message.setText("");
                busy(false);
                onRight.accept(asked);
            } else {
                wrong();
            }
        });
        check.setOnFailed(e -> {
            busy(false);
            message.setText("");
            onError.accept(ProfileChooser.asProfileException(check.getException()));
        });
        background.execute(check);
    }

    private void wrong() {
        java.time.Duration rest = store.pinRest(profile.id());
        rest(
                rest,
                rest.compareTo(java.time.Duration.ofSeconds(5)) < 0
                        ? m.get("profiles.pin.wrong")
                        : m.get("profiles.pin.wrong-resting", seconds(rest)));
    }

    /** Keeps the field disabled for {@code rest}, saying why. */
    private void rest(java.time.Duration rest, String why) {
        busy(true);
        message.setText(why);
        if (!message.getStyleClass().contains("error")) {
            message.getStyleClass().add("error");
        }
        delay.setDuration(Duration.millis(Math.max(1, rest.toMillis())));
        delay.playFromStart();
    }

    private static long seconds(java.time.Duration rest) {
        return Math.max(1, (rest.toMillis() + 999) / 1000);
    }

    private void ready() {
        busy(false);
        field.requestFocus();
    }

    private void busy(boolean busy) {
        if (busy) {
            // Disabling the focused field would hand the focus on at the next pulse, perhaps after the home screen
            // has taken it; the prompt keeps it meanwhile instead.
            root.requestFocus();
        }
        field.setDisable(busy);
        submit.setDisable(busy);
    }
}
