package org.empathytrainer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;
import org.empathytrainer.content.CaseUnavailableException;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.records.export.CsvExport;
import org.empathytrainer.records.export.ExportException;
import org.empathytrainer.records.export.LearnerDirectory;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.ProfileDirectory;
import org.empathytrainer.records.export.XapiExport;
import org.empathytrainer.records.export.XapiOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --export-csv} and {@code --export-xapi} commands: the results of one learner or of all, saved without
 * starting the app. A line per file saved; a failure is one line on the error stream and exit status 1.
 */
final class Exporting {
    static final int SAVED = 0;
    static final int FAILED = 1;

    private Exporting() {}

    /**
     * @param dataFolder  the resolved data folder: where the learners' progress is, and the trainer's own cases
     * @param contentDirs further folders of cases, as for the app
     * @throws ParameterException for an unknown learner or a bad URL: a usage error
     */
    static int run(ExportOptions options, Path dataFolder, List<Path> contentDirs, CommandLine cli) {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        XapiOptions xapi;
        try {
            xapi = new XapiOptions(options.homePage, options.activityBase);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage(), e);
        }
        LearnerDirectory directory =
                new ProfileDirectory(dataFolder, Clock.systemUTC(), note -> err.println("Note: " + note));
        // Everyone's records are read as the export reaches them, so that only one learner's history is in memory.
        List<LearnerRecords> learners = options.learner == null
                ? directory.oneByOne(id -> true)
                : List.of(directory
                        .byName(options.learner)
                        .orElseThrow(() -> new ParameterException(
                                cli,
                                "Unknown learner \"" + options.learner + "\"; "
                                        + known(directory.names(), dataFolder))));
        Course course = ContentRepository.load(ContentSource.builtIn(), TrainerCases.sources(dataFolder, contentDirs));
        // Missing cases are looked for as the export reaches each learner (WithinCourse), not all first.
        if (!usable(learners, course, dataFolder, true, "export", err)) {
            return FAILED;
        }
        List<LearnerRecords> exported = options.allowMissingCases ? learners : new WithinCourse(learners, course);
        try {
            if (options.csv != null) {
                int rows = new CsvExport(course).write(options.csv, exported);
                out.println("Saved " + count(rows, "row", "rows") + " to " + options.csv);
            }
            if (options.xapi != null) {
                int statements = new XapiExport(course, xapi).write(options.xapi, exported);
                out.println("Saved " + count(statements, "statement", "statements") + " to " + options.xapi);
            }
        } catch (MissingCases e) {
            // Nothing was saved: the file being written was dropped. Every learner is looked at, to name all the cases.
            err.println("Progress on cases the course does not have: "
                    + String.join(", ", missingCases(learners, course))
                    + ". Give the folder of a trainer's cases with --content-dir, or --allow-missing-cases to export"
                    + " them anyway.");
            return FAILED;
        } catch (ExportException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (CaseUnavailableException e) {
            // A trainer's case file changed or went while the export ran; the file being written was dropped.
            err.println("Nothing saved: a case could not be read again: " + e.getMessage());
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
        return SAVED;
    }

    /**
     * Whether there are learners, and the course has every case they have progress on (or {@code allowMissingCases});
     * if not, says why on {@code err}. Sending checks the same, so that neither quietly does nothing or drops results.
     *
     * @param what the command, as in "Nothing to export"
     */
    static boolean usable(
            List<LearnerRecords> learners,
            Course course,
            Path dataFolder,
            boolean allowMissingCases,
            String what,
            PrintWriter err) {
        if (learners.isEmpty()) {
            err.println("Nothing to " + what + ": there is no learner's progress in " + dataFolder
                    + " (is --data-dir the app's data folder?)");
            err.flush();
            return false;
        }
        List<String> missing = missingCases(learners, course);
        if (!missing.isEmpty() && !allowMissingCases) {
            err.println("Progress on cases the course does not have: " + String.join(", ", missing)
                    + ". Give the folder of a trainer's cases with --content-dir, or --allow-missing-cases to " + what
                    + " them anyway.");
            err.flush();
            return false;
        }
        return true;
    }

    /** The ids of cases someone has progress on, in their current attempt or history, that the course lacks. */
    private static List<String> missingCases(List<LearnerRecords> learners, Course course) {
        return learners.stream()
                .flatMap(l -> Stream.concat(
                        l.progress().cases().keySet().stream(),
                        l.progress().history().stream().map(CaseProgress::caseId)))
                .filter(id -> course.findCase(id).isEmpty())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The learners as an export gets them, one at a time, refusing the first one with progress on a case the course
     * lacks: exported without the case, that progress would lack its titles.
     */
    private static final class WithinCourse extends AbstractList<LearnerRecords> {
        private final List<LearnerRecords> learners;
        private final Course course;

        WithinCourse(List<LearnerRecords> learners, Course course) {
            this.learners = learners;
            this.course = course;
        }

        @Override
        public LearnerRecords get(int index) {
            LearnerRecords learner = learners.get(index);
            if (!missingCases(List.of(learner), course).isEmpty()) {
                throw new MissingCases();
            }
            return learner;
        }

        @Override
        public int size() {
            return learners.size();
        }
    }

    /** Stops an export at a learner with progress on a case the course lacks; the file being written is dropped. */
    private static final class MissingCases extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingCases() {
            super(null, null, false, false);
        }
    }

    private static String known(List<String> names, Path dataFolder) {
        return names.isEmpty()
                ? "there are no learners in " + dataFolder
                : "the learners are: " + String.join(", ", names);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
