package org.empathytrainer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.empathytrainer.content.ContentProblem;
import org.empathytrainer.content.ContentValidator;

/**
 * The {@code --validate} command: one line per problem, then a summary line; no toolkit needed. Each path is a folder
 * of content or a single case file.
 */
final class Validation {
    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    private static final System.Logger LOG = System.getLogger(Validation.class.getName());

    private Validation() {}

    static int run(List<Path> folders, PrintWriter out) {
        ContentValidator.Report report;
        try {
            report = ContentValidator.validate(folders);
        } catch (RuntimeException e) {
            // Each file's problems are caught where it is read; this is for what no one foresaw. One line, as the
            // problems are, with the stack trace only in the log.
            LOG.log(System.Logger.Level.DEBUG, "Validation failed", e);
            out.println("The content could not be checked: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            out.flush();
            return PROBLEMS;
        }
        for (ContentProblem p : report.problems()) {
            out.println(p);
        }
        // Warnings are patterns across a course that make the key guessable; they leave the exit status alone.
        report.warnings().forEach(out::println);
        String lint = report.linted() ? ", " + count(report.warnings().size(), "warning", "warnings") : "";
        out.println("Checked " + report.subject() + ": " + count(report.stories(), "story", "stories") + ", "
                + count(report.cases(), "case", "cases") + ", "
                + count(report.problems().size(), "problem", "problems") + lint + ".");
        out.flush();
        return report.clean() ? CLEAN : PROBLEMS;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
