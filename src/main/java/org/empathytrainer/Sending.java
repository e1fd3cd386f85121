package org.empathytrainer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.LrsSettingsStore;
import org.empathytrainer.lrs.OutboxDrain;
import org.empathytrainer.lrs.RefusedStatement;
import org.empathytrainer.lrs.SendPolicy;
import org.empathytrainer.records.DataFolderLock;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.ProfileDirectory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --send-xapi} command: the learners' results not yet sent go to the learning record store, without
 * starting the app. A line says how many were sent; each result not sent gets a line saying why, and exit status 1.
 */
final class Sending {
    static final int SENT = 0;
    static final int NOT_ALL_SENT = 1;
    /** For the command line: a few quick tries, not the app's patience of days. */
    static final SendPolicy POLICY =
            new SendPolicy(100, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(30));
    /** Tries, on connection failures, time-outs and 5xx, before giving up: about 15 s of waiting in all. */
    static final int TRIES = 5;

    private Sending() {}

    /**
     * @param environment where {@code EMPATHY_TRAINER_LRS_KEY} and {@code EMPATHY_TRAINER_LRS_SECRET} may be
     * @throws ParameterException for a bad or missing endpoint: a usage error
     */
    static int run(
            SendOptions options,
            boolean allowMissingCases,
            Path dataFolder,
            List<Path> contentDirs,
            Map<String, String> environment,
            CommandLine cli) {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        try {
            LrsSettings settings = settings(options, dataFolder, environment, cli);
            List<LearnerRecords> learners =
                    new ProfileDirectory(dataFolder, Clock.systemUTC(), note -> err.println("Note: " + note)).all();
            Course course =
                    ContentRepository.load(ContentSource.builtIn(), TrainerCases.sources(dataFolder, contentDirs));
            if (!Exporting.usable(learners, course, dataFolder, allowMissingCases, "send", err)) {
                return NOT_ALL_SENT;
            }
            try (DataFolderLock lock = DataFolderLock.tryLock(dataFolder)) {
                if (lock.outcome() == DataFolderLock.Outcome.IN_USE) {
                    err.println("The app is open on " + dataFolder + " and sends its results itself; close it to "
                            + "send from the command line.");
                    return NOT_ALL_SENT;
                }
                OutboxDrain.Report report = OutboxDrain.run(
                        dataFolder, settings, course, learners, options.resendAll, POLICY, TRIES, Clock.systemUTC());
                out.println("Sent " + count(report.sent()) + " to " + settings.endpoint()
                        + (report.queued() > 0 ? " (" + count(report.queued()) + " newly queued)" : ""));
                for (RefusedStatement r : report.refused()) {
                    err.println("Refused by the LRS (HTTP " + r.status() + "): "
                            + r.what().plain() + " [" + r.id() + "]: " + r.reason());
                }
                if (report.waiting() > 0) {
                    err.println("Not sent, " + count(report.waiting()) + ": "
                            + report.problem().orElse("unknown")
                            + ". They stay queued for the next --send-xapi, or the app.");
                }
                return report.allSent() ? SENT : NOT_ALL_SENT;
            }
        } catch (StoreException e) {
            err.println(e.getMessage());
            return NOT_ALL_SENT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static LrsSettings settings(
            SendOptions options, Path dataFolder, Map<String, String> environment, CommandLine cli)
            throws StoreException {
        LrsSettings saved = new LrsSettingsStore(dataFolder).load().withEnvironment(environment);
        if (options.endpoint != null) {
            try {
                return saved.withEndpoint(options.endpoint);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cli, e.getMessage(), e);
            }
        }
        if (!saved.hasEndpoint()) {
            throw new ParameterException(
                    cli, "No LRS to send to: set its xAPI endpoint in the app's Settings, or give --lrs-endpoint URL");
        }
        return saved;
    }

    private static String count(int n) {
        return n + (n == 1 ? " statement" : " statements");
    }
}
