package org.empathytrainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.empathytrainer.records.DataFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Entry point. Parses the command line without touching the JavaFX toolkit, so headless commands stay light;
 * only starting the UI loads it.
 */
@Command(
        name = "empathy-trainer",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "A course in conveying empathy to customers, in four steps.%n",
        footer = {
            "%nSaved progress is kept in the data folder: DIR of --data-dir, else",
            "the EMPATHY_TRAINER_HOME environment variable, else the platform's",
            "application-data folder. The cases in its content/ subfolder are loaded",
            "too, as are those in each --content-dir.%n"
        })
public final class Main implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Keep saved progress in DIR instead of the default data folder.")
    private Path dataDir;

    @Option(
            names = "--content-dir",
            paramLabel = "DIR",
            description = "Also load the cases in DIR (may be given more than once).")
    private List<Path> contentDirs = new ArrayList<>();

    @Option(
            names = "--presenter",
            description = "Start in presenter mode, for a classroom: full screen, the projector colours, answers "
                    + "hidden until revealed, and nothing written into any learner's records. Esc leaves it.")
    private boolean presenter;

    @Option(
            names = "--lesson",
            paramLabel = "NAME",
            description = "With --presenter: present the saved lesson NAME in the room view at once.")
    private String lesson;

    @Option(
            names = "--class-overview",
            description = "Open the class overview at once: every learner's results read back from the learning "
                    + "record store set up in Settings.")
    private boolean classOverview;

    @Option(
            names = "--validate",
            description = "Check content and exit, without starting the app: each PATH, a folder of content or a "
                    + "single case file, or the built-in content when none is named. Exit status 0 when clean, 1 "
                    + "when problems were found.")
    private boolean validate;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "With --validate: the content folders or case files to check.")
    private List<Path> folders = new ArrayList<>();

    @Mixin
    private ExportOptions exports = new ExportOptions();

    @Mixin
    private SendOptions sending = new SendOptions();

    @Spec
    private CommandSpec spec;

    private final Launcher launcher;

    Main(Launcher launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int status;
        if (args.length == 0) {
            // Started from a menu or a desktop icon: nothing to parse, so the window opens without loading picocli.
            status = start(() -> App.launch(LaunchOptions.NONE), err);
        } else {
            status = run(args, new PrintWriter(System.out, true), err, App::launch);
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line; returns the exit status (0 fine, 1 problems found or a failure, 2 usage error). A
     * failure, even running out of memory, is a line on {@code err} and status 1, never a stack trace and status 0.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Launcher launcher) {
        return start(
                () -> {
                    CommandLine cli = new CommandLine(new Main(launcher));
                    cli.setOut(out);
                    cli.setErr(err);
                    cli.setExecutionExceptionHandler((e, command, parsed) -> {
                        StartFailure.report(e, command.getErr());
                        return StartFailure.STATUS;
                    });
                    return cli.execute(args);
                },
                err);
    }

    private static int start(Runnable launch, PrintWriter err) {
        return start(
                () -> {
                    launch.run();
                    return 0;
                },
                err);
    }

    private static int start(IntSupplier command, PrintWriter err) {
        try {
            return command.getAsInt();
        } catch (RuntimeException | Error e) {
            StartFailure.report(e, err);
            return StartFailure.STATUS;
        }
    }

    @Override
    public Integer call() {
        exports.check(spec.commandLine(), validate, sending.send);
        sending.check(spec.commandLine(), validate || exports.requested());
        if (sending.send) {
            if (exports.learner != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--send-xapi sends every learner's results; --learner is not given with it");
            }
            if (!folders.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Folders are only given with --validate: " + folders);
            }
            return Sending.run(
                    sending,
                    exports.allowMissingCases,
                    DataFolder.resolve(Optional.ofNullable(dataDir)),
                    contentDirs,
                    System.getenv(),
                    spec.commandLine());
        }
        if (exports.requested() && folders.isEmpty()) {
            return Exporting.run(
                    exports, DataFolder.resolve(Optional.ofNullable(dataDir)), contentDirs, spec.commandLine());
        }
        if (validate) {
            return Validation.run(folders, spec.commandLine().getOut());
        }
        if (!folders.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Folders are only given with --validate: " + folders);
        }
        if (lesson != null && !presenter) {
            throw new ParameterException(spec.commandLine(), "--lesson is given with --presenter");
        }
        launcher.launch(new LaunchOptions(
                Optional.ofNullable(dataDir),
                List.copyOf(contentDirs),
                presenter,
                Optional.ofNullable(exports.learner),
                Optional.ofNullable(lesson),
                classOverview));
        return 0;
    }

    /** Starts the UI; a seam so command-line tests need no toolkit. */
    @FunctionalInterface
    interface Launcher {
        void launch(LaunchOptions options);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"Empathy Trainer " + properties().getProperty("version", "(development)")};
        }

        /** The build's {@code version.properties}: {@code version}, and {@code built}, the time of the build. */
        static Properties properties() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return p;
        }
    }
}
