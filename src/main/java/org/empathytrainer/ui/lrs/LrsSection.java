package org.empathytrainer.ui.lrs;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.empathytrainer.lrs.About;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.ui.kit.FocusScroll;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The settings dialog's "Learning record store" section: the xAPI endpoint, the key, the secret (never shown), the
 * switch that sends results as they are made, Test connection and Save. A bad endpoint is named under its field as
 * soon as it is typed; Test connection and Save run off the JavaFX thread and say how they went.
 */
public final class LrsSection {
    /** What the section does with the settings: test them, and save them (both off the JavaFX thread). */
    public interface Actions {
        CompletableFuture<About> test(LrsSettings candidate);

        /** Saves and applies; completes exceptionally with the reason when they cannot be saved. */
        CompletableFuture<Void> save(LrsSettings settings);
    }

    private final Messages m;
    private final Actions actions;
    private final TextField endpoint = new TextField();
    private final TextField key = new TextField();
    private final PasswordField secret = new PasswordField();
    private final CheckBox enabled = new CheckBox();
    private final Label endpointProblem = new Label();
    private final Label outcome = new Label();
    private final Button test = new Button();
    private final Button save = new Button();
    private final VBox node;
    private boolean busy;

    public LrsSection(Messages m, LrsSettings current, Actions actions) {
        this.m = m;
        this.actions = actions;
        Label title = Ui.text(m.get("lrs.title"), "section-title");
        title.setId("lrsTitle");
        Label intro = Ui.text(m.get("lrs.intro"), "muted");
        endpoint.setId("lrsEndpoint");
        endpoint.setPromptText(m.get("lrs.endpoint.prompt"));
        endpoint.setAccessibleText(m.get("lrs.endpoint.accessible"));
        key.setId("lrsKey");
        key.setAccessibleText(m.get("lrs.key.accessible"));
        secret.setId("lrsSecret");
        secret.setAccessibleText(m.get("lrs.secret.accessible"));
        endpointProblem.setId("lrsEndpointProblem");
        message(endpointProblem, Optional.empty(), true);
        GridPane fields = new GridPane();
        fields.getStyleClass().add("lrs-fields");
        fields.setHgap(10);
        fields.setVgap(6);
        fields.addRow(0, label("lrs.endpoint", endpoint), endpoint);
        fields.add(endpointProblem, 1, 1);
        fields.addRow(2, label("lrs.key", key), key);
        fields.addRow(3, label("lrs.secret", secret), secret);
        GridPane.setHgrow(endpoint, Priority.ALWAYS);
        Label kept = Ui.text(m.get("lrs.secret.kept"), "muted");
        // Long texts wrap at the width the dialog's other sections give it, rather than widen the dialog to one line.
        for (Label wrapping : new Label[] {intro, kept, endpointProblem, outcome}) {
            wrapping.setPrefWidth(0);
        }
        endpoint.setPrefColumnCount(26);

        enabled.setId("lrsEnabled");
        enabled.setText(m.get("lrs.enabled"));
        enabled.setMnemonicParsing(true);
        enabled.setAccessibleText(m.get("lrs.enabled.accessible"));
        button(test, "lrsTest", "lrs.test", this::test);
        button(save, "lrsSave", "lrs.save", this::save);
        outcome.setId("lrsOutcome");
        message(outcome, Optional.empty(), false);
        HBox buttons = new HBox(10, test, save);
        node = new VBox(8, title, intro, fields, kept, enabled, buttons, outcome);
        node.setId("lrsSection");
        VBox.setMargin(title, new Insets(10, 0, 0, 0));

        endpoint.setText(current.endpoint());
        key.setText(current.key());
        secret.setText(current.secret());
        enabled.setSelected(current.enabled());
        endpoint.textProperty().addListener((o, was, now) -> {
            // Said as it is typed, once there is something to judge; an empty field is fine until it is needed.
            message(endpointProblem, now.isBlank() ? Optional.empty() : LrsSettings.endpointProblem(now), true);
        });
    }

    public Node node() {
        return node;
    }

    /** The settings as the fields give them, or the sentence saying what is wrong with them. */
    private Optional<LrsSettings> candidate(boolean forTest) {
        String text = endpoint.getText().strip();
        Optional<String> problem = text.isEmpty() && !forTest && !enabled.isSelected()
                ? Optional.empty()
                : LrsSettings.endpointProblem(text);
        message(endpointProblem, problem, true);
        if (problem.isPresent()) {
            // After the button pressed has taken the focus, as a mnemonic gives it.
            Platform.runLater(endpoint::requestFocus);
            message(outcome, Optional.of(m.get("lrs.fix-endpoint")), true);
            return Optional.empty();
        }
        return Optional.of(new LrsSettings(text, key.getText(), secret.getText(), enabled.isSelected()));
    }

    private void test() {
        if (busy) {
            return;
        }
        Optional<LrsSettings> candidate = candidate(true);
        if (candidate.isEmpty()) {
            return;
        }
        busy(m.get("lrs.testing", candidate.get().endpoint()));
        actions.test(candidate.get())
                .whenComplete((about, failure) -> Platform.runLater(() -> done(
                        failure == null
                                ? m.get("lrs.test.ok", String.join(", ", about.versions()))
                                : m.get("lrs.test.failed", reason(failure)),
                        failure != null)));
    }

    private void save() {
        if (busy) {
            return;
        }
        Optional<LrsSettings> candidate = candidate(false);
        if (candidate.isEmpty()) {
            return;
        }
        LrsSettings settings = candidate.get();
        busy(m.get("lrs.saving"));
        actions.save(settings)
                .whenComplete((ok, failure) -> Platform.runLater(() -> done(
                        failure != null
                                ? m.get("lrs.save.failed", reason(failure))
                                : settings.enabled()
                                        ? m.get("lrs.saved.on", settings.endpoint())
                                        : m.get("lrs.saved.off"),
                        failure != null)));
    }

    /**
     * While a test or a save is under way, the buttons do nothing more. They stay enabled: disabling the focused one
     * would send the focus to Close, where the next Space would close the dialog.
     */
    private void busy(String text) {
        busy = true;
        message(outcome, Optional.of(text), false);
        // Below the buttons, it may be under the fold of a dialog that scrolls (large text, a small screen).
        FocusScroll.revealLater(outcome);
    }

    private void done(String text, boolean error) {
        busy = false;
        message(outcome, Optional.of(text), error);
        FocusScroll.revealLater(outcome);
    }

    /** The failure's own sentence: the LRS's exact answer, or what the network said. */
    static String reason(Throwable failure) {
        Throwable t =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private Label label(String key, Node field) {
        Label label = new Label(m.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void button(Button b, String id, String key, Runnable action) {
        b.setText(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
    }

    private void message(Label label, Optional<String> text, boolean error) {
        boolean wasShown = label.isVisible();
        label.setText(text.orElse(""));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().setAll("label", "form-message");
        if (error) {
            label.getStyleClass().add("error");
        }
        label.setVisible(text.isPresent());
        label.setManaged(text.isPresent());
        if (text.isPresent() || wasShown) {
            refit();
        }
    }

    /** The dialog grows (or shrinks) with a message shown under a field or the buttons, so none is cut off. */
    private void refit() {
        Platform.runLater(() -> {
            if (node.getScene() != null && node.getScene().getWindow() != null) {
                node.getScene().getWindow().sizeToScene();
            }
        });
    }

    /** Actions on the sending service, as the app has them. */
    public static Actions of(
            Function<LrsSettings, CompletableFuture<About>> test, Function<LrsSettings, CompletableFuture<Void>> save) {
        return new Actions() {
            @Override
            public CompletableFuture<About> test(LrsSettings candidate) {
                return test.apply(candidate);
            }

            @Override
            public CompletableFuture<Void> save(LrsSettings settings) {
                return save.apply(settings);
            }
        };
    }
}
