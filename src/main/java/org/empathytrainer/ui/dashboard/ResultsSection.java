package org.empathytrainer.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.ProfileDirectory;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Messages;
import org.empathytrainer.ui.Ui;
import org.empathytrainer.ui.export.ExportActions;
import org.empathytrainer.ui.export.ExportChooser;
import org.empathytrainer.ui.profiles.CertificateDialog;

/** The dashboard's last section: the learner's certificate, and their results (or everyone's) as files. */
public final class ResultsSection {
    private static final System.Logger LOG = System.getLogger(ResultsSection.class.getName());

    private ResultsSection() {
    }

    /**
     * @param learner    who is learning
     * @param dataFolder where every learner's records are, for an export of all of them
     * @param owner      the window dialogs belong to
     */
    public static Node of(AppContext ctx, Profile learner, Path dataFolder, java.util.concurrent.Executor background,
                          Supplier<Window> owner) {
        Messages m = ctx.messages();
        Button certificate = new Button(m.get("results.certificate"));
        certificate.setId("openCertificate");
        certificate.setMnemonicParsing(true);
        certificate.setOnAction(e -> new CertificateDialog(m, ctx.appearance(), owner.get(),
                Certificate.of(learner.name(), LocalDate.now(ctx.clock()), ctx.keeper().progress(), ctx.course()),
                background).showAndWait());
        Supplier<List<LearnerRecords>> everyone = () -> new ProfileDirectory(dataFolder, ctx.clock(),
                note -> LOG.log(System.Logger.Level.WARNING, note)).all();
        ExportActions exports = new ExportActions(m, ctx.course(),
                () -> new LearnerRecords(learner.id(), learner.name(), ctx.keeper().progress()), everyone, background,
                ExportChooser.system(m, owner));
        VBox box = new VBox(8, Ui.text(m.get("results.title"), "section-title"),
                Ui.text(m.get("results.certificate.explain"), "muted"), certificate, exports.node());
        box.setId("dashboardResults");
        return box;
    }
}
