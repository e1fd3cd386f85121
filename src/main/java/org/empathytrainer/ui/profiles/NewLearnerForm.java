package org.empathytrainer.ui.profiles;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileNames;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** A name and an optional PIN, typed twice; Create makes the learner and starts as them. */
final class NewLearnerForm {
    private final Messages m;
    private final ProfileStore store;
    private final Executor background;
    private final Consumer<Profile> onCreated;
    private final VBox root = new VBox();
    private final Label title;
    private final TextField name = new TextField();
    private final PasswordField pin = new PasswordField();
    private final PasswordField pinRepeat = new PasswordField();
    private final Button create;
    /** Told when the learner could not be saved because of the disk, not because of what was typed. */
    private final Runnable onStorageFailed;

    private final Label message = Ui.text("", "form-message", "error");

    NewLearnerForm(
            Messages m,
            ProfileStore store,
            Executor background,
            Consumer<Profile> onCreated,
            Runnable onStorageFailed) {
        this.onStorageFailed = onStorageFailed;
        this.m = m;
        this.store = store;
        this.background = background;
        this.onCreated = onCreated;
        title = Ui.text(m.get("profiles.new.title"), "section-title");
        title.setId("newLearnerTitle");
        name.setId("newName");
        name.setAccessibleText(m.get("profiles.new.name.accessible", ProfileNames.MAX_LENGTH));
        pin.setId("newPin");
        pin.setAccessibleText(m.get("profiles.new.pin.accessible"));
        pinRepeat.setId("newPinRepeat");
        pinRepeat.setAccessibleText(m.get("profiles.new.pin-repeat.accessible"));
        for (TextField f : new TextField[] {name, pin, pinRepeat}) {
            f.setOnAction(e -> create());
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, label("profiles.new.name", name), name);
        grid.addRow(1, label("profiles.new.pin", pin), pin);
        grid.addRow(2, label("profiles.new.pin-repeat", pinRepeat), pinRepeat);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(400);
        grid.getColumnConstraints().addAll(labels, fields);
        create = new Button(m.get("profiles.new.create"));
        create.setId("createProfile");
        create.setMnemonicParsing(true);
        create.getStyleClass().add("primary");
        create.setOnAction(e -> create());
        message.setId("createMessage");
        Label hint = Ui.text(m.get("profiles.new.pin.hint"), "muted");
        root.getChildren().addAll(title, grid, hint, create, message);
        root.setId("newLearner");
        root.getStyleClass().add("profile-form");
    }

    Node node() {
        return root;
    }

    Node focusTarget() {
        return name;
    }

    /** In the welcome, the screen's title says it all. */
    void showTitle(boolean show) {
        title.setVisible(show);
        title.setManaged(show);
    }

    private Label label(String key, Node field) {
        Label label = new Label(m.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void create() {
        if (create.isDisabled()) {
            return;
        }
        if (!pin.getText().equals(pinRepeat.getText())) {
            fail(m.get("profiles.new.pin-mismatch"), pinRepeat);
            return;
        }
        String newName = name.getText();
        char[] newPin = pin.getText().isEmpty() ? null : pin.getText().toCharArray();
        busy(true);
        message.setText(m.get("profiles.new.creating"));
        Task<Profile> task = new Task<>() {
            @Override
            protected Profile call() throws ProfileException {
                try {
                    return store.create(newName, newPin);
                } finally {
                    if (newPin != null) {
                        Arrays.fill(newPin, '\0');
                    }
                }
            }
        };
        task.setOnSucceeded(e -> {
            busy(false);
            message.setText("");
            name.clear();
            pin.clear();
            pinRepeat.clear();
            onCreated.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy(false);
            ProfileException problem = ProfileChooser.asProfileException(task.getException());
            boolean aboutPin = problem.problem() == ProfileException.Problem.PIN_FORMAT;
            if (problem.problem() == ProfileException.Problem.STORAGE) {
                onStorageFailed.run();
            }
            fail(ProfileTexts.error(m, problem, false), aboutPin ? pin : name);
        });
        background.execute(task);
    }

    private void fail(String text, TextInputControl where) {
        message.setText(text);
        where.requestFocus();
        where.selectAll();
    }

    private void busy(boolean busy) {
        if (busy) {
            // A focused control that is disabled hands the focus on to the next one at the next pulse, which may come
            // after the home screen has taken it; the form keeps it meanwhile instead.
            root.requestFocus();
        }
        create.setDisable(busy);
        name.setDisable(busy);
        pin.setDisable(busy);
        pinRepeat.setDisable(busy);
    }
}
