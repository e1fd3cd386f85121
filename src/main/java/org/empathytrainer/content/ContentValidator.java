package org.empathytrainer.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks content without starting the UI: the built-in course, or folders of content or single case files. A folder
 * whose index names a method is checked as a whole course; any other, and any single case file, as a trainer's cases
 * checked against the built-in palette and ids.
 */
public final class ContentValidator {
    private ContentValidator() {}

    /**
     * What a check found: the problems, how many stories and cases loaded, and the course lint's warnings.
     *
     * @param linted whether a whole course was checked with {@link CourseLint} (a trainer's cases are not)
     */
    public record Report(
            String subject,
            List<ContentProblem> problems,
            int stories,
            int cases,
            boolean linted,
            List<CourseLint.Warning> warnings) {

        public Report {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /**
     * A folder, or a single file: a course index stands for its folder, any other file is checked as one case.
     */
    private static ContentSource source(Path path) {
        if (!Files.isRegularFile(path)) {
            return ContentSource.folder(path);
        }
        Path name = path.getFileName();
        if (name != null && name.toString().equals(ContentRepository.INDEX)) {
            return ContentSource.folder(path.getParent() == null ? Path.of("") : path.getParent());
        }
        return ContentSource.caseFile(path);
    }

    public static Report validate(List<Path> folders) {
        if (folders.isEmpty()) {
            Course course = ContentRepository.load(ContentSource.builtIn());
            return new Report(
                    "built-in content",
                    course.problems(),
                    course.story() == null ? 0 : 1,
                    course.cases().size(),
                    course.cases().size() >= CourseLint.MIN_CASES,
                    CourseLint.check(course.cases()));
        }
        List<ContentProblem> problems = new ArrayList<>();
        int stories = 0;
        int cases = 0;
        boolean linted = false;
        List<CourseLint.Warning> warnings = new ArrayList<>();
        for (Path folder : folders) {
            ContentSource source = source(folder);
            if (ContentRepository.holdsWholeCourse(source)) {
                Course course = ContentRepository.load(source);
                problems.addAll(course.problems());
                stories += course.story() == null ? 0 : 1;
                cases += course.cases().size();
                linted |= course.cases().size() >= CourseLint.MIN_CASES;
                warnings.addAll(CourseLint.check(course.cases()));
            } else {
                Course course = ContentRepository.loadWhole(ContentSource.builtIn(), List.of(source));
                course.problems().stream()
                        .filter(p -> p.file().startsWith(source.description()))
                        .forEach(problems::add);
                cases += (int) course.origins().values().stream()
                        .filter(o -> o.source() == source)
                        .count();
            }
        }
        String subject = folders.size() == 1 ? folders.get(0).toString() : folders.size() + " folders";
        return new Report(subject, problems, stories, cases, linted, warnings);
    }
}
