package org.empathytrainer.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.records.export.ExportService;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.export.ExportActions;
import org.empathytrainer.ui.export.ExportChooser;
import org.empathytrainer.ui.export.ExportRequest;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.profiles.CertificateDialog;

/** The dashboard's last section: the learner's certificate, and their results (or everyone's) as files. */
public final class ResultsSection {
    private ResultsSection() {}

    /**
     * @param learner    who is learning
     * @param exports    every learner's records this learner may take away, for an export of all of them
     * @param owner      the window dialogs belong to
     */
    public static Node of(
            AppContext ctx, Profile learner, ExportService exports, Executor background, Supplier<Window> owner) {
        return of(ctx, learner, exports, background, owner, ExportChooser.system(ctx.messages(), owner));
    }

    /** The same, asking where to save exports through {@code chooseFile}. */
    public static Node of(
            AppContext ctx,
            Profile learner,
            ExportService exports,
            Executor background,
            Supplier<Window> owner,
            Function<ExportRequest, Optional<Path>> chooseFile) {
        Messages m = ctx.messages();
        Button certificate = new Button(m.get("results.certificate"));
        certificate.setId("openCertificate");
        certificate.setMnemonicParsing(true);
        certificate.setOnAction(e -> new CertificateDialog(
                        m,
                        ctx.appearance(),
                        owner.get(),
                        Certificate.of(
                                learner.name(),
                                LocalDate.now(ctx.clock()),
                                ctx.keeper().progress(),
                                ctx.course()),
                        background)
                .showAndWait());
        ExportActions actions = new ExportActions(
                m,
                ctx.course(),
                () -> new LearnerRecords(
                        learner.id(), learner.name(), ctx.keeper().progress()),
                () -> exports.everyoneVisibleTo(learner),
                background,
                chooseFile);
        VBox box = new VBox(
                8,
                Ui.text(m.get("results.title"), "section-title"),
                Ui.text(m.get("results.certificate.explain"), "muted"),
                certificate,
                actions.node(),
                Ui.text(m.get("results.everyone"), "muted"));
        box.setId("dashboardResults");
        return box;
    }
}
