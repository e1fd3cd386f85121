package org.empathytrainer.ui.profiles;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileException;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.records.profiles.TrashedProfile;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.theme.Appearance;

/**
 * Rename and delete learners, and restore the recently deleted ones. Each change is saved at once; then the chooser
 * refreshes and is told where the focus should go.
 */
final class ManageProfiles {
    /** What the chooser does after a change: refresh, say what happened, and focus the node with this id. */
    interface Host {
        void changed(String status, String focusId);
    }

    private final Messages m;
    private final ProfileStore store;
    private final Appearance appearance;
    private final Host host;
    private final TitledPane root;
    private final VBox rows = new VBox();
    private final VBox trashRows = new VBox();
    private final Label message = Ui.text("", "form-message", "error");
    /** The learners the rows are of, made when the pane is open: {@link #rowsStale} until then. */
    private List<Profile> shown = List.of();

    private boolean rowsStale = true;

    ManageProfiles(Messages m, ProfileStore store, Appearance appearance, Host host) {
        this.m = m;
        this.store = store;
        this.appearance = appearance;
        this.host = host;
        rows.setId("manageRows");
        rows.getStyleClass().add("manage-rows");
        trashRows.setId("trashRows");
        trashRows.getStyleClass().add("manage-rows");
        message.setId("manageMessage");
        Label trashTitle = Ui.text(m.get("profiles.trash.title"), "section-title");
        trashTitle.setId("trashTitle");
        VBox content = new VBox(rows, message, trashTitle, trashRows);
        content.getStyleClass().add("manage-content");
        root = new TitledPane(m.get("profiles.manage.title"), content);
        root.setId("manage");
        root.setExpanded(false);
        root.expandedProperty().addListener((o, was, now) -> {
            if (now && rowsStale) {
                showRows();
            }
        });
    }

    TitledPane node() {
        return root;
    }

    void show(List<Profile> profiles, List<TrashedProfile> trash) {
        // A row per learner is a text field and two buttons: on a workstation of 200 learners, building and styling
        // them all made the chooser take twice as long to come up. They are made when the pane is opened.
        shown = List.copyOf(profiles);
        rowsStale = true;
        if (root.isExpanded()) {
            showRows();
        }
        trashRows.getChildren().clear();
        if (trash.isEmpty()) {
            Label none = Ui.text(m.get("profiles.trash.empty"), "muted");
            none.setId("trashEmpty");
            trashRows.getChildren().add(none);
        }
        for (TrashedProfile t : trash) {
            trashRows.getChildren().add(trashRow(t));
        }
    }

    private void showRows() {
        rowsStale = false;
        rows.getChildren().clear();
        shown.forEach(p -> rows.getChildren().add(new ProfileRow(m, p, this::rename, this::delete)));
    }

    void clearMessage() {
        message.setText("");
    }

    private boolean rename(Profile p, String newName) {
        try {
            Profile renamed = store.rename(p.id(), newName);
            message.setText("");
            host.changed(
                    renamed.name().equals(p.name()) ? "" : m.get("profiles.manage.renamed", p.name(), renamed.name()),
                    "rename-" + p.id());
            return true;
        } catch (ProfileException e) {
            fail(e, false);
            return false;
        }
    }

    private void delete(Profile p) {
        ButtonType yes = new ButtonType(m.get("profiles.delete.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("profiles.delete.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                m.get("profiles.delete.body", p.name(), TrashedProfile.KEPT_FOR.toDays()),
                yes,
                no);
        confirm.setTitle(m.get("profiles.delete.title"));
        confirm.setHeaderText(m.get("profiles.delete.header", p.name()));
        confirm.getDialogPane().setId("dialogDeleteProfile");
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        appearance.register(confirm);
        if (confirm.showAndWait().filter(yes::equals).isEmpty()) {
            return;
        }
        try {
            TrashedProfile t = store.delete(p.id());
            message.setText("");
            host.changed(
                    m.get("profiles.deleted", p.name(), ProfileTexts.date(t.purgeAfter())), "restore-" + t.trashId());
        } catch (ProfileException e) {
            fail(e, false);
        }
    }

    private Node trashRow(TrashedProfile t) {
        String name = t.profile().name();
        Label text = Ui.text(m.get(
                "profiles.trash.entry", name, ProfileTexts.date(t.deletedAt()), ProfileTexts.date(t.purgeAfter())));
        text.setId("trashEntry-" + t.trashId());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button restore = new Button(m.get("profiles.trash.restore"));
        restore.setId("restore-" + t.trashId());
        restore.setMinWidth(Button.USE_PREF_SIZE);
        restore.setAccessibleText(m.get("profiles.trash.restore.accessible", name, ProfileTexts.date(t.deletedAt())));
        restore.setOnAction(e -> restore(t));
        HBox row = new HBox(text, restore);
        row.getStyleClass().add("manage-row");
        return row;
    }

    private void restore(TrashedProfile t) {
        try {
            Profile back = store.restore(t.trashId());
            message.setText("");
            host.changed(m.get("profiles.restored", back.name()), "profile-" + back.id());
        } catch (ProfileException e) {
            fail(e, true);
        }
    }

    private void fail(ProfileException e, boolean restoring) {
        message.setText(ProfileTexts.error(m, e, restoring));
        if (e.problem() == ProfileException.Problem.UNKNOWN_PROFILE
                || e.problem() == ProfileException.Problem.UNKNOWN_TRASH) {
            String text = message.getText();
            host.changed("", null);
            message.setText(text);
        }
    }

    /** Saves a new name for a learner; says whether it was taken. */
    interface Renamer {
        boolean rename(Profile p, String newName);
    }
}
