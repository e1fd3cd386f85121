package org.empathytrainer.ui.profiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.theme.Appearance;

/**
 * Shows the certificate as it will be saved and printed, with Save as PNG… and Print…. Where to save is asked
 * through a {@link TargetChooser} (the system's file dialog unless a test gives another) and printing goes through a
 * {@link Printing} (the system's print dialog). Close or Escape closes it.
 */
public final class CertificateDialog extends Dialog<Void> {
    /** The width of the preview; the saved picture is larger (see {@link CertificateExport#PNG_SCALE}). */
    static final double PREVIEW_WIDTH = 760;

    /** Asks where to save; empty when the user cancels. */
    @FunctionalInterface
    public interface TargetChooser {
        Optional<Path> choose(Window owner, String suggestedFileName);
    }

    /** Prints a certificate node made for the purpose. */
    @FunctionalInterface
    public interface Printing {
        CertificateExport.PrintOutcome print(Node certificate, Window owner);
    }

    private final Messages m;
    private final Certificate certificate;
    private final TargetChooser chooser;
    private final Printing printing;
    private final Executor background;
    private Button save;
    private final Label message = Ui.text("", "form-message");

    /** With the system's file and print dialogs; the picture is written on {@code background}. */
    public CertificateDialog(
            Messages m, Appearance appearance, Window owner, Certificate certificate, Executor background) {
        this(m, appearance, owner, certificate, fileChooser(m), CertificateExport::print, background);
    }

    public CertificateDialog(
            Messages m,
            Appearance appearance,
            Window owner,
            Certificate certificate,
            TargetChooser chooser,
            Printing printing,
            Executor background) {
        this.m = m;
        this.background = Objects.requireNonNull(background);
        this.certificate = Objects.requireNonNull(certificate);
        this.chooser = Objects.requireNonNull(chooser);
        this.printing = Objects.requireNonNull(printing);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("certificate.dialog.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId("dialogCertificate");
        ButtonType close = new ButtonType(m.get("certificate.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("certificateClose");
        save = button("certificateSave", "certificate.save", "certificate.save.accessible");
        save.setOnAction(e -> save());
        Button print = button("certificatePrint", "certificate.print", "certificate.print.accessible");
        print.setOnAction(e -> print());
        message.setId("certificateMessage");
        pane.setContent(new VBox(12, preview(), new HBox(8, save, print), message));
        appearance.register(this);
        setOnShown(e -> save.requestFocus());
    }

    /** The system's save dialog, for PNG files, starting in the user's home folder. */
    public static TargetChooser fileChooser(Messages m) {
        return (owner, suggested) -> {
            FileChooser files = new FileChooser();
            files.setTitle(m.get("certificate.save.title"));
            files.setInitialFileName(suggested);
            files.getExtensionFilters()
                    .setAll(new FileChooser.ExtensionFilter(m.get("certificate.save.filter"), List.of("*.png")));
            return Optional.ofNullable(files.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }

    /** certificate-ana-lima-2026-03-02.png */
    String suggestedFileName() {
        String name = java.text.Normalizer.normalize(certificate.learnerName(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return "certificate-" + (name.isEmpty() ? "" : name + "-") + certificate.date() + ".png";
    }

    private Node preview() {
        ImageView image = new ImageView(CertificateExport.snapshot(CertificateView.build(m, certificate)));
        image.setFitWidth(PREVIEW_WIDTH);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("certificatePreview");
        image.setAccessibleText(
                m.get("certificate.completed", certificate.cases().size(), certificate.casesInCourse()));
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("certificate-preview");
        return frame;
    }

    private void save() {
        Optional<Path> target = chooser.choose(getDialogPane().getScene().getWindow(), suggestedFileName());
        if (target.isEmpty()) {
            return;
        }
        // The picture is taken here, on the JavaFX thread; encoding and writing it take a moment, so not here.
        BufferedImage picture = CertificateExport.capture(CertificateView.build(m, certificate));
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                CertificateExport.writePng(picture, target.get());
                return null;
            }
        };
        write.setOnSucceeded(e -> {
            save.setDisable(false);
            show(m.get("certificate.saved", target.get()), false);
        });
        write.setOnFailed(e -> {
            save.setDisable(false);
            Throwable cause = write.getException();
            System.getLogger(CertificateDialog.class.getName())
                    .log(System.Logger.Level.WARNING, "Certificate not saved to " + target.get(), cause);
            show(m.get("certificate.save.failed", String.valueOf(cause.getMessage())), true);
        });
        save.setDisable(true);
        show(m.get("certificate.saving"), false);
        background.execute(write);
    }

    private void print() {
        CertificateExport.PrintOutcome outcome;
        try {
            outcome = printing.print(
                    CertificateView.build(m, certificate),
                    getDialogPane().getScene().getWindow());
        } catch (RuntimeException e) {
            System.getLogger(CertificateDialog.class.getName())
                    .log(System.Logger.Level.WARNING, "Printing the certificate failed", e);
            show(m.get("certificate.print.failed", String.valueOf(e.getMessage())), true);
            return;
        }
        switch (outcome) {
            case PRINTED:
                show(m.get("certificate.print.done"), false);
                break;
            case CANCELLED:
                show(m.get("certificate.print.cancelled"), false);
                break;
            case NO_PRINTER:
                show(m.get("certificate.print.none"), true);
                break;
            default:
                show(m.get("certificate.print.failed", ""), true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("error");
        if (error) {
            message.getStyleClass().add("error");
        }
    }

    private Button button(String id, String key, String accessibleKey) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(m.get(accessibleKey));
        return b;
    }
}
