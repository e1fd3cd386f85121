package org.empathytrainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.LrsService;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.records.LessonStore;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.SettingsLoad;
import org.empathytrainer.records.SettingsStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.StrayTemporaryFiles;
import org.empathytrainer.records.VotesStore;
import org.empathytrainer.records.export.ExportService;
import org.empathytrainer.records.export.ProfileDirectory;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Notice;
import org.empathytrainer.ui.shell.Learners;
import org.empathytrainer.ui.shell.MainWindow;
import org.empathytrainer.ui.shell.SettingsNotices;
import org.empathytrainer.ui.shell.Workstation;
import org.empathytrainer.ui.theme.Appearance;

/**
 * The main window as a configuration asks for it: the services built for its data folder (learners, exports, votes,
 * lessons, sending to a learning record store), the banners to show first, and the appearance the user left.
 */
final class AppWindow {
    private static final System.Logger LOG = System.getLogger(AppWindow.class.getName());

    private AppWindow() {}

    /** What the window is built from that is read or made before it: the course, its tone check, the progress. */
    record Loaded(Course course, ToneCheck tone, ProgressStore progress) {}

    static MainWindow open(App.Config config, Stage stage, Loaded loaded, Executor background, Executor saving) {
        Course course = loaded.course();
        ProgressStore progress = loaded.progress();
        Messages messages = new Messages(config.locale());
        List<Notice> notices = new ArrayList<>();
        if (!course.problems().isEmpty()) {
            notices.add(new Notice(
                    "contentProblemsBanner",
                    Notice.Kind.WARNING,
                    messages.get("banner.content-problems", course.problems().size())));
        }
        boolean readOnly = config.readOnly();
        if (readOnly) {
            notices.add(new Notice(
                    App.READ_ONLY,
                    Notice.Kind.WARNING,
                    messages.get("banner.read-only", config.dataFolder().toString())));
        } else {
            Instant started = config.clock().instant();
            background.execute(() -> StrayTemporaryFiles.remove(config.dataFolder(), started));
        }
        ProfileStore profiles = new ProfileStore(config.dataFolder(), config.clock(), readOnly);
        Learners learners = new Learners(profiles, progress, background, saving);
        Optional<Profile> named =
                config.learner().flatMap(name -> learners.profiles().findByName(name));
        if (config.learner().isPresent() && named.isEmpty()) {
            notices.add(new Notice(
                    MainWindow.UNKNOWN_LEARNER,
                    Notice.Kind.WARNING,
                    messages.get("banner.unknown-learner", config.learner().get())));
        }
        // A name on the command line never stands in for a PIN.
        Optional<Profile> learner = named.filter(p -> !p.hasPin());
        Presentation presentation = new Presentation();
        Appearance appearance = appearance(config, messages, notices, presentation);
        ToneCheck tone = loaded.tone();
        AppContext ctx =
                new AppContext(messages, course, learners.leave(), tone, config.clock(), appearance, presentation);
        ExportService exports = new ExportService(
                profiles,
                new ProfileDirectory(
                        config.dataFolder(),
                        config.clock(),
                        readOnly,
                        note -> LOG.log(System.Logger.Level.WARNING, note)));
        Optional<LrsService> lrs = readOnly ? Optional.empty() : startSending(config, course, profiles);
        lrs.ifPresent(service -> learners.setOnWritten(service::progressWritten));
        Workstation workstation = new Workstation(
                learners,
                exports,
                new VotesStore(config.dataFolder(), config.clock(), readOnly),
                new LessonStore(config.dataFolder(), readOnly),
                lrs);
        MainWindow window = new MainWindow(
                ctx,
                workstation,
                notices,
                new MainWindow.Start(config.presenter(), learner, config.lesson(), config.classOverview()));
        window.show(stage);
        // The last save, at closing, is queued before this: what it queues waits in the outbox for the next start.
        lrs.ifPresent(service -> stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> service.stop()));
        return window;
    }

    /**
     * Sending results to a learning record store, as the settings say. Its outbox is read in the background; one that
     * cannot be read is logged and shown in the status, and the results stay in the learners' progress, for {@code
     * --send-xapi} once it is put right.
     */
    private static Optional<LrsService> startSending(App.Config config, Course course, ProfileStore profiles) {
        return Optional.of(LrsService.start(
                config.dataFolder(),
                course,
                id -> profiles.find(id).map(Profile::name).orElse(id),
                config.clock()));
    }

    /** Theme, text size and motion as the user left them; every change is saved at once. */
    private static Appearance appearance(
            App.Config config, Messages messages, List<Notice> notices, Presentation presentation) {
        SettingsStore settings = new SettingsStore(config.dataFolder(), config.clock(), config.readOnly());
        SettingsLoad loaded = settings.load();
        loaded.notice().ifPresent(n -> notices.add(SettingsNotices.describe(messages, n)));
        Appearance appearance = new Appearance(loaded.settings());
        appearance.settingsProperty().addListener((o, was, now) -> {
            // A trainer's text size for the room is not the learner's: presenter mode gives theirs back on leaving.
            if (presentation.presenting()) {
                return;
            }
            try {
                settings.save(now);
            } catch (StoreException e) {
                // The choice still applies to this session; the progress banner reports an unwritable folder.
                LOG.log(System.Logger.Level.WARNING, "Settings not saved", e);
            }
        });
        return appearance;
    }
}
