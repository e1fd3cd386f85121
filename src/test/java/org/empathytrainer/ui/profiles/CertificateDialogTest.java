package org.empathytrainer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.records.NewFilePermissions;
import org.empathytrainer.records.Settings;
import org.empathytrainer.ui.Screenshots;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;
import org.empathytrainer.ui.theme.Theme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The certificate: what it says, saved as a PNG, printed, and the dialog that offers both. */
@ExtendWith(ApplicationExtension.class)
class CertificateDialogTest {
    private static final Course COURSE = ContentRepository.load(ContentSource.folder(Path.of("assets")));

    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Appearance appearance = new Appearance(Settings.DEFAULTS);
    private final List<Path> asked = new ArrayList<>();
    private final AtomicReference<Optional<Path>> target = new AtomicReference<>(Optional.empty());
    private final AtomicReference<CertificateExport.PrintOutcome> printOutcome = new AtomicReference<>();
    private final AtomicReference<Node> printed = new AtomicReference<>();
    private Stage stage;
    private CertificateDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene main = new Scene(new VBox(new Label("The main window")), 900, 700);
        appearance.register(main);
        stage.setScene(main);
        stage.show();
    }

    static Certificate certificate() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        LearnerProgress progress = LearnerProgress.empty("ana")
                .with(completed("porch-parcel", at, 1.0, 0.75, 1.0, 0.6))
                .with(completed("frozen-bank-card", at, 0.0, 0.5, 1.0, 0.85))
                .with(CaseProgress.start("hotel-lost-booking", 1, at));
        return Certificate.of("Ana María Lima", LocalDate.of(2026, 3, 2), progress, COURSE);
    }

    private static CaseProgress completed(String id, Instant at, double... scores) {
        Map<Step, StepRecord> steps = new java.util.EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            steps.put(s, new StepRecord(StepStatus.DONE, scores[s.ordinal()], at, at));
        }
        return new CaseProgress(id, 1, WizardPage.SUMMARY, CaseAnswers.EMPTY, steps, at, at, at);
    }

    /** Background work as the app runs it: on a thread of its own. */
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor();

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new CertificateDialog(
                    messages,
                    appearance,
                    stage,
                    certificate(),
                    (owner, name) -> {
                        asked.add(Path.of(name));
                        return target.get();
                    },
                    (node, owner) -> {
                        printed.set(node);
                        return printOutcome.get();
                    },
                    background);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The picture is written in the background; the message changes when it is done. */
    private void waitUntilSaved(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> !message(robot).equals(messages.get("certificate.saving")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the certificate was never saved; the message is: " + message(robot), e);
        }
    }

    private Scene dialogScene() {
        return dialog.getDialogPane().getScene();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#certificateMessage").queryAs(Label.class).getText();
    }

    @Test
    void theCertificateNamesTheLearnerTheDateAndEachCasesStepScores(FxRobot robot) {
        AtomicReference<List<String>> texts = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.layout.Region view = CertificateView.build(messages, certificate());
            CertificateExport.snapshot(view);
            List<String> all = new ArrayList<>();
            view.lookupAll(".label").forEach(n -> all.add(((Label) n).getText()));
            texts.set(all);
        });

        assertThat(texts.get())
                .contains(
                        "Empathy Trainer",
                        "Certificate of completion",
                        "Ana María Lima",
                        "On March 2, 2026",
                        "The parcel that was never on the porch",
                        "1. Place",
                        "4. Fix",
                        "Mean of the cases",
                        "84 %",
                        "59 %",
                        "50 %",
                        "63 %",
                        "73 %",
                        "71 %");
        assertThat(String.join(" ", texts.get()))
                .contains("completed 2 customer cases of " + COURSE.cases().size());
    }

    @Test
    void saveAsPngWritesThePictureWhereTheLearnerChose(FxRobot robot) throws IOException {
        Files.createDirectories(Screenshots.FOLDER);
        Path png = Screenshots.FOLDER.resolve("certificate.png");
        target.set(Optional.of(png));
        open(robot);
        assertThat(dialogScene().getFocusOwner().getId()).isEqualTo("certificateSave");

        robot.push(KeyCode.SPACE);
        waitUntilSaved(robot);

        assertThat(asked).containsExactly(Path.of("certificate-ana-maria-lima-2026-03-02.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) (CertificateView.WIDTH * CertificateExport.PNG_SCALE));
        assertThat(image.getHeight()).isEqualTo((int) (CertificateView.HEIGHT * CertificateExport.PNG_SCALE));
        assertThat(image.getRGB(image.getWidth() / 2, 4) & 0xffffff)
                .as("white paper")
                .isEqualTo(0xffffff);
        assertThat(message(robot)).isEqualTo(messages.get("certificate.saved", png));
        try (var left = Files.list(Screenshots.FOLDER)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        robot.interact(() -> Screenshots.save(dialogScene(), "certificate-dialog"));
    }

    @Test
    void theSavedPictureStaysPrintFriendlyInTheProjectorTheme(FxRobot robot) throws IOException {
        robot.interact(() -> appearance.setTheme(Theme.PROJECTOR));
        robot.interact(() -> appearance.setScale(200));
        Path png = folder.resolve("projector.png");
        target.set(Optional.of(png));
        open(robot);

        robot.push(KeyCode.SPACE);
        waitUntilSaved(robot);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) (CertificateView.WIDTH * CertificateExport.PNG_SCALE));
        assertThat(image.getRGB(image.getWidth() / 2, 4) & 0xffffff).isEqualTo(0xffffff);
        robot.interact(() -> Screenshots.save(dialogScene(), "certificate-dialog-projector"));
    }

    @Test
    void savingReplacesAnEarlierFileWholeAndAFailureSaysWhy(FxRobot robot) throws IOException {
        Path png = folder.resolve("certificate.png");
        Files.writeString(png, "an older file");
        AtomicReference<Exception> failure = new AtomicReference<>();
        robot.interact(() -> {
            try {
                CertificateExport.writePng(CertificateView.build(messages, certificate()), png);
                CertificateExport.writePng(
                        CertificateView.build(messages, certificate()),
                        folder.resolve("missing").resolve("certificate.png"));
            } catch (IOException e) {
                failure.set(e);
            }
        });

        assertThat(ImageIO.read(png.toFile())).isNotNull();
        assertThat(failure.get()).isInstanceOf(IOException.class).hasMessageContaining("missing");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("certificate.png");
        }
    }

    @Test
    void aNewCertificateIsReadableAsAnyNewFileOfTheUserAndAReplacedOneKeepsItsPermissions() throws IOException {
        Set<PosixFilePermission> usual = NewFilePermissions.in(folder);
        BufferedImage picture = new BufferedImage(8, 6, BufferedImage.TYPE_INT_ARGB);
        Path fresh = folder.resolve("fresh.png");
        Path replaced = folder.resolve("replaced.png");
        Files.writeString(replaced, "an older file");
        Set<PosixFilePermission> privateOne = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(replaced, privateOne);

        CertificateExport.writePng(picture, fresh);
        CertificateExport.writePng(picture, replaced);

        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(privateOne);
        assertThat(ImageIO.read(replaced.toFile()).getWidth()).isEqualTo(8);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("fresh.png", "replaced.png");
        }
    }

    @Test
    void cancellingTheSaveWritesNothing(FxRobot robot) throws IOException {
        open(robot);

        robot.push(KeyCode.SPACE);

        assertThat(asked).hasSize(1);
        assertThat(message(robot)).isEmpty();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void printingWithoutAPrinterSaysSoPlainly(FxRobot robot) {
        printOutcome.set(CertificateExport.PrintOutcome.NO_PRINTER);
        open(robot);

        robot.push(KeyCode.TAB);
        assertThat(dialogScene().getFocusOwner().getId()).isEqualTo("certificatePrint");
        robot.push(KeyCode.SPACE);

        assertThat(printed.get().getId()).isEqualTo("certificate");
        assertThat(printed.get().getScene())
                .as("a node of its own, not the preview")
                .isNull();
        assertThat(message(robot)).isEqualTo(messages.get("certificate.print.none"));

        printOutcome.set(CertificateExport.PrintOutcome.PRINTED);
        robot.push(KeyCode.SPACE);
        assertThat(message(robot)).isEqualTo(messages.get("certificate.print.done"));
    }

    @Test
    void withNoPrinterOnTheSystemPrintingReturnsAtOnce(FxRobot robot) {
        AtomicReference<Boolean> none = new AtomicReference<>();
        robot.interact(() -> none.set(
                Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()));
        Assumptions.assumeTrue(none.get(), "this machine has a printer; its dialog would wait for a person");
        AtomicReference<CertificateExport.PrintOutcome> outcome = new AtomicReference<>();

        robot.interact(
                () -> outcome.set(CertificateExport.print(CertificateView.build(messages, certificate()), stage)));

        assertThat(outcome.get()).isEqualTo(CertificateExport.PrintOutcome.NO_PRINTER);
    }

    @Test
    void escapeClosesTheDialog(FxRobot robot) {
        open(robot);

        robot.push(KeyCode.ESCAPE);

        assertThat(dialog.isShowing()).isFalse();
        assertThat(robot.lookup("#dialogCertificate").tryQuery()).isEmpty();
    }
}
