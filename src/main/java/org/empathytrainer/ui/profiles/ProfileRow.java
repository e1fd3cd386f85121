package org.empathytrainer.ui.profiles;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** One learner under Manage: the name with Rename and Delete; Rename edits the name in place (Enter saves, Esc not). */
final class ProfileRow extends HBox {
    private final Messages m;
    private final Profile profile;
    private final ManageProfiles.Renamer renamer;
    private final Consumer<Profile> onDelete;

    ProfileRow(Messages m, Profile profile, ManageProfiles.Renamer renamer, Consumer<Profile> onDelete) {
        this.m = m;
        this.profile = profile;
        this.renamer = renamer;
        this.onDelete = onDelete;
        getStyleClass().add("manage-row");
        setId("manage-" + profile.id());
        showName();
    }

    private void showName() {
        Label name = Ui.text(profile.name());
        name.setId("manageName-" + profile.id());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button rename = button("rename-", "profiles.manage.rename", "profiles.manage.rename.accessible");
        rename.setOnAction(e -> edit());
        Button delete = button("delete-", "profiles.manage.delete", "profiles.manage.delete.accessible");
        delete.setOnAction(e -> onDelete.accept(profile));
        getChildren().setAll(name, rename, delete);
    }

    private void edit() {
        TextField field = new TextField(profile.name());
        field.setId("renameField-" + profile.id());
        field.setAccessibleText(m.get("profiles.manage.rename.field.accessible", profile.name()));
        HBox.setHgrow(field, Priority.ALWAYS);
        Button save = button("renameSave-", "profiles.manage.rename.save", "profiles.manage.rename.save.accessible");
        Button cancel =
                button("renameCancel-", "profiles.manage.rename.cancel", "profiles.manage.rename.cancel.accessible");
        field.setOnAction(e -> save(field));
        save.setOnAction(e -> save(field));
        cancel.setOnAction(e -> back());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                back();
            }
        });
        getChildren().setAll(field, save, cancel);
        field.requestFocus();
        field.selectAll();
    }

    private void save(TextField field) {
        // On success the chooser rebuilds the rows; on failure the field stays for another try.
        if (!renamer.rename(profile, field.getText())) {
            field.requestFocus();
            field.selectAll();
        }
    }

    private void back() {
        showName();
        lookup("#rename-" + profile.id()).requestFocus();
    }

    private Button button(String idPrefix, String key, String accessibleKey) {
        Button b = new Button(m.get(key));
        b.setId(idPrefix + profile.id());
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setAccessibleText(m.get(accessibleKey, profile.name()));
        return b;
    }
}
