package org.empathytrainer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.records.DataFolder;
import org.empathytrainer.records.DataFolderLock;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.ui.kit.FirstFrame;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.shell.MainWindow;
import org.empathytrainer.ui.shell.StartupProbe;

/** The composition root: builds the services from the configuration and opens the main window. */
public final class App {
    private static final System.Logger LOG = System.getLogger(App.class.getName());
    /** Slow work off the JavaFX thread (PIN hashing, exports): one thread, so it never competes with itself. */
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "empathy-trainer-background");
        t.setDaemon(true);
        return t;
    });
    /**
     * Saves of the learner's progress, in order, off the JavaFX thread. A daemon, so it never keeps the app alive: the
     * window waits for the last save before it closes.
     */
    private static final Executor SAVING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "empathy-trainer-saving");
        t.setDaemon(true);
        return t;
    });

    /** How long stopping the app waits for the learner's last answers to be written. */
    private static final Duration LAST_SAVE = Duration.ofSeconds(5);

    /** The id of the banner that says nothing is written, as another window of the app holds the data folder. */
    public static final String READ_ONLY = "readOnly";

    /** Kept reachable for the app's life: a lock no longer referenced could be let go with its file. */
    private static DataFolderLock held;

    private App() {}

    /**
     * What the application needs to start.
     *
     * @param content    the course
     * @param extraCases further folders of cases: the data folder's content folder, and any given by the user
     * @param presenter  start in presenter mode, for a classroom
     * @param learner    the name of the learner to start as; without one (or with a name nobody has), the learner
     *                   chooser opens
     * @param readOnly   write nothing in the data folder (another window of the app holds it): progress is kept in
     *                   memory and a banner says so
     * @param lesson     the saved lesson to present in the room view at once, if named
     * @param classOverview open the class overview at once
     */
    public record Config(
            Path dataFolder,
            ContentSource content,
            List<ContentSource> extraCases,
            Clock clock,
            Locale locale,
            boolean presenter,
            Optional<String> learner,
            boolean readOnly,
            Optional<String> lesson,
            boolean classOverview) {

        public Config(
                Path dataFolder,
                ContentSource content,
                List<ContentSource> extraCases,
                Clock clock,
                Locale locale,
                boolean presenter,
                Optional<String> learner,
                boolean readOnly) {
            this(dataFolder, content, extraCases, clock, locale, presenter, learner, readOnly, Optional.empty(), false);
        }

        /** A configuration that opens the learner chooser, not in presenter mode. */
        public Config(
                Path dataFolder, ContentSource content, List<ContentSource> extraCases, Clock clock, Locale locale) {
            this(dataFolder, content, extraCases, clock, locale, false, Optional.empty(), false);
        }

        /** The same, starting as the learner called {@code name}. */
        public Config asLearner(String name) {
            return with(presenter, Optional.of(name), readOnly, lesson, classOverview);
        }

        /** The same, in presenter mode or not. */
        public Config presenting(boolean on) {
            return with(on, learner, readOnly, lesson, classOverview);
        }

        /** The same, presenting the saved lesson called {@code name} in the room view at once. */
        public Config presentingLesson(String name) {
            return with(true, learner, readOnly, Optional.of(name), classOverview);
        }

        /** The same, writing nothing in the data folder or not. */
        public Config writingNothing(boolean on) {
            return with(presenter, learner, on, lesson, classOverview);
        }

        /** The same, opening the class overview at once or not. */
        public Config openingClassOverview(boolean on) {
            return with(presenter, learner, readOnly, lesson, on);
        }

        private Config with(
                boolean presenter,
                Optional<String> learner,
                boolean readOnly,
                Optional<String> lesson,
                boolean classOverview) {
            return new Config(
                    dataFolder,
                    content,
                    extraCases,
                    clock,
                    locale,
                    presenter,
                    learner,
                    readOnly,
                    lesson,
                    classOverview);
        }
    }

    static void launch(LaunchOptions options) {
        Path data = DataFolder.resolve(options.dataDir());
        Config config = new Config(
                data,
                ContentSource.builtIn(),
                TrainerCases.sources(data, options.contentDirs()),
                Clock.systemDefaultZone(),
                Locale.getDefault(),
                options.presenter(),
                options.learner(),
                false,
                options.lesson(),
                options.classOverview());
        // Held for the app's life: the system lets it go when the process ends, however it ends.
        DataFolderLock lock = DataFolderLock.tryLock(data);
        held = lock;
        // The content loads while the toolkit starts: on two cores or more the window opens that much sooner. The
        // trainer's case files unchanged since the last start are known from the index kept in the data folder.
        boolean writable = lock.outcome() != DataFolderLock.Outcome.IN_USE;
        CompletableFuture<Course> course =
                CompletableFuture.supplyAsync(() -> TrainerCaseIndex.load(config, writable, BACKGROUND));
        // Then, on the same thread, the tone check's patterns: compiling them would hold up the first frame.
        CompletableFuture<ToneCheck> tone = course.thenApply(ToneCheck::forCourse);
        // So does the progress of the learner named on the command line: a long history takes a while to read.
        ProgressStore progress = lock.outcome() != DataFolderLock.Outcome.IN_USE
                ? preloaded(config)
                : new ProgressStore(data, config.clock(), true);
        Platform.startup(() -> {
            if (lock.outcome() != DataFolderLock.Outcome.IN_USE) {
                show(config, course, tone, progress);
                return;
            }
            askReadOnly(new Messages(config.locale()), data, readOnly -> {
                if (readOnly) {
                    show(config.writingNothing(true), course, tone, progress);
                } else {
                    Platform.exit();
                }
            });
        });
    }

    /** A store that has begun reading the progress of the learner the command line names, if it names one. */
    private static ProgressStore preloaded(Config config) {
        ProgressStore progress = new ProgressStore(config.dataFolder(), config.clock(), false);
        config.learner()
                .ifPresent(name -> BACKGROUND.execute(() -> {
                    // Only finding whom to read: read-only, so the list is written, if it must be, by the app's own
                    // store.
                    new ProfileStore(config.dataFolder(), config.clock(), true)
                            .findByName(name)
                            .filter(p -> !p.hasPin())
                            .ifPresent(p -> progress.preload(p.id(), Runnable::run));
                }));
        return progress;
    }

    private static void show(
            Config config,
            CompletableFuture<Course> course,
            CompletableFuture<ToneCheck> tone,
            ProgressStore progress) {
        try {
            Stage stage = new Stage();
            MainWindow window = open(config, stage, course.join(), tone.join(), progress);
            // At logout or shutdown the system stops the app with SIGTERM: answers typed since the last pause go too.
            ShutdownSave.register(() -> window.finishSavingWithin(LAST_SAVE.toMillis()), LAST_SAVE);
            Scene scene = window.scene();
            StartupProbe.watch(scene, window, course.join());
            // The icon shows in the task bar, not in the window: decoding it can wait for the first frame.
            FirstFrame.then(scene, () -> stage.getIcons().add(icon()));
        } catch (RuntimeException | Error e) {
            // Out of memory loading the content, a file no rule foresaw: without this the toolkit would keep
            // running with no window, until killed.
            failedToStart(config, e);
        }
    }

    /** Says what happened, on standard error and in a dialog, then ends the app with a failure status. */
    private static void failedToStart(Config config, Throwable error) {
        StartFailure failure = StartFailure.report(error, new PrintWriter(System.err, true));
        try {
            Messages messages = new Messages(config.locale());
            Alert alert = new Alert(
                    Alert.AlertType.ERROR,
                    failure.details()
                            .map(file -> messages.get("start-failure.text", failure.what(), file.toString()))
                            .orElseGet(() -> messages.get("start-failure.text.no-details", failure.what())));
            alert.setTitle(messages.get("start-failure.title"));
            alert.setHeaderText(messages.get("start-failure.title"));
            alert.getDialogPane().setId("startFailure");
            alert.showAndWait();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "The dialog saying the app could not start failed too", e);
        } finally {
            Platform.exit();
            System.exit(StartFailure.STATUS);
        }
    }

    /** Builds everything and shows the main window on {@code stage}; call on the JavaFX thread. */
    public static MainWindow open(Config config, Stage stage) {
        Course course = ContentRepository.load(config.content(), config.extraCases());
        return open(
                config,
                stage,
                course,
                ToneCheck.forCourse(course),
                new ProgressStore(config.dataFolder(), config.clock(), config.readOnly()));
    }

    private static MainWindow open(Config config, Stage stage, Course course, ToneCheck tone, ProgressStore progress) {
        return AppWindow.open(config, stage, new AppWindow.Loaded(course, tone, progress), BACKGROUND, SAVING);
    }

    /**
     * Asks what to do when another window of the app holds the data folder: open it read-only (true) or quit.
     * Quitting is the default, as Escape and closing the dialog choose it.
     */
    private static void askReadOnly(Messages m, Path data, Consumer<Boolean> answer) {
        ButtonType readOnly = new ButtonType(m.get("lock.read-only"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("lock.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, m.get("lock.body", data.toString()), readOnly, quit);
        ask.setTitle(m.get("lock.title"));
        ask.setHeaderText(m.get("lock.header"));
        // Shown without a nested event loop: the toolkit has only just started and no window is open yet.
        ask.setOnHidden(e -> answer.accept(readOnly.equals(ask.getResult())));
        ask.show();
    }

    /** The application's icon, as the installers use it. */
    public static Image icon() {
        return new Image(App.class.getResource("icon/empathy-trainer.png").toExternalForm());
    }
}
