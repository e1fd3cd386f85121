package org.empathytrainer.ui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.empathytrainer.practice.Certificate;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.ProfileDirectory;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.export.ExportActions;
import org.empathytrainer.ui.export.ExportChooser;
import org.empathytrainer.ui.export.ExportRequest;
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
    public static Node of(AppContext ctx, Profile learner, Path dataFolder, Executor background,
                          Supplier<Window> owner) {
        return of(ctx, learner, dataFolder, background, owner, ExportChooser.system(ctx.messages(), owner));
    }

    /** The same, asking where to save exports through {@code chooseFile}. */
    public static Node of(AppContext ctx, Profile learner, Path dataFolder, Executor background,
                          Supplier<Window> owner, Function<ExportRequest, Optional<Path>> chooseFile) {
        Messages m = ctx.messages();
        Button certificate = new Button(m.get("results.certificate"));
        certificate.setId("openCertificate");
        certificate.setMnemonicParsing(true);
        certificate.setOnAction(e -> new CertificateDialog(m, ctx.appearance(), owner.get(),
                Certificate.of(learner.name(), LocalDate.now(ctx.clock()), ctx.keeper().progress(), ctx.course()),
                background).showAndWait());
        // A PIN keeps others out of a learner's progress, so "all learners" here means those without one, and
        // whoever is learning; a trainer exports everyone from the command line, with access to the data folder.
        Supplier<List<LearnerRecords>> everyone = () -> {
            Set<String> locked = new ProfileStore(dataFolder, ctx.clock()).list().stream()
                    .filter(p -> p.hasPin() && !p.id().equals(learner.id())).map(Profile::id)
                    .collect(Collectors.toSet());
            return new ProfileDirectory(dataFolder, ctx.clock(), note -> LOG.log(System.Logger.Level.WARNING, note))
                    .all().stream().filter(r -> !locked.contains(r.learnerId())).toList();
        };
        ExportActions exports = new ExportActions(m, ctx.course(),
                () -> new LearnerRecords(learner.id(), learner.name(), ctx.keeper().progress()), everyone, background,
                chooseFile);
        VBox box = new VBox(8, Ui.text(m.get("results.title"), "section-title"),
                Ui.text(m.get("results.certificate.explain"), "muted"), certificate, exports.node(),
                Ui.text(m.get("results.everyone"), "muted"));
        box.setId("dashboardResults");
        return box;
    }
}
