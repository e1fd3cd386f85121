package org.empathytrainer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point. Parses the command line without touching the JavaFX toolkit, so headless commands stay light;
 * only starting the UI loads it.
 */
@Command(name = "empathy-trainer", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "A course in conveying empathy to customers, in four steps.%n",
        footer = {"%nThe data folder holds each learner's saved progress. Without --data-dir it is taken from the",
            "EMPATHY_TRAINER_HOME environment variable, else the platform's application-data folder."})
public final class Main implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep saved progress in DIR instead of the default data folder.")
    private Path dataDir;

    private final Launcher launcher;

    Main(Launcher launcher) {
        this.launcher = launcher;
    }

    public static void main(String[] args) {
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                App::launch);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line; returns the exit status (0 fine, 2 usage error). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Launcher launcher) {
        CommandLine cli = new CommandLine(new Main(launcher));
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        launcher.launch(new Options(Optional.ofNullable(dataDir)));
        return 0;
    }

    /** What the command line asks of the UI. */
    public record Options(Optional<Path> dataDir) {
    }

    /** Starts the UI; a seam so command-line tests need no toolkit. */
    @FunctionalInterface
    interface Launcher {
        void launch(Options options);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"Empathy Trainer " + p.getProperty("version", "(development)")};
        }
    }
}
