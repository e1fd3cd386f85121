package org.empathytrainer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.empathytrainer.content.ContentProblem;
import org.empathytrainer.content.ContentValidator;

/** The {@code --validate} command: one line per problem, then a summary line; no toolkit needed. */
final class Validation {
    static final int CLEAN = 0;
    static final int PROBLEMS = 1;

    private Validation() {}

    static int run(List<Path> folders, PrintWriter out) {
        ContentValidator.Report report = ContentValidator.validate(folders);
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
