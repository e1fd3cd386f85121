package org.empathytrainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.records.DataFolder;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Banners;
import org.empathytrainer.ui.MainWindow;
import org.empathytrainer.ui.Messages;
import org.empathytrainer.ui.ProgressKeeper;
import org.empathytrainer.ui.StartupNotice;
import org.empathytrainer.ui.StoreNotices;

/** The composition root: builds the services from the configuration and opens the main window. */
public final class App {
    /** The one learner until profiles exist; their file is {@code progress/default.json}. */
    public static final String DEFAULT_LEARNER = "default";

    private App() {
    }

    /** The data folder's subfolder for a trainer's own cases. */
    public static final String CONTENT_FOLDER = "content";

    /**
     * What the application needs to start.
     *
     * @param content    the course
     * @param extraCases further folders of cases: the data folder's content folder, and any given by the user
     */
    public record Config(Path dataFolder, ContentSource content, List<ContentSource> extraCases, Clock clock,
                         Locale locale) {
    }

    static void launch(Main.Options options) {
        Path data = DataFolder.resolve(options.dataDir());
        List<ContentSource> extra = new ArrayList<>();
        if (Files.isDirectory(data.resolve(CONTENT_FOLDER))) {
            extra.add(ContentSource.folder(data.resolve(CONTENT_FOLDER)));
        }
        options.contentDirs().forEach(dir -> extra.add(ContentSource.folder(dir)));
        Config config = new Config(data, ContentSource.builtIn(), extra, Clock.systemDefaultZone(),
                Locale.getDefault());
        Platform.startup(() -> open(config, new Stage()));
    }

    /** Builds everything and shows the main window on {@code stage}; call on the JavaFX thread. */
    public static MainWindow open(Config config, Stage stage) {
        Messages messages = new Messages(config.locale());
        Course course = ContentRepository.load(config.content(), config.extraCases());
        ProgressStore store = new ProgressStore(config.dataFolder(), config.clock());
        LoadResult loaded = store.load(DEFAULT_LEARNER);
        List<StartupNotice> notices = new ArrayList<>();
        for (StoreNotice n : loaded.notices()) {
            notices.add(StoreNotices.describe(messages, n));
        }
        if (!course.problems().isEmpty()) {
            notices.add(new StartupNotice("content-problems", Banners.Kind.WARNING,
                    messages.get("banner.content-problems", course.problems().size())));
        }
        ProgressKeeper keeper = new ProgressKeeper(store, loaded.progress());
        ToneCheck tone = ToneCheck.of(course.tone());
        MainWindow window = new MainWindow(new AppContext(messages, course, keeper, tone, config.clock()), notices);
        window.show(stage);
        return window;
    }
}
