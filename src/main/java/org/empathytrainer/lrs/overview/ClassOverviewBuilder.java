package org.empathytrainer.lrs.overview;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.Attempt;
import org.empathytrainer.practice.DashboardSummary;
import org.empathytrainer.records.export.XapiOptions;

/**
 * Turns the course's statements, read back from a learning record store in any order and from any number of
 * workstations, into a {@link ClassOverview}. Each learner's attempts are rebuilt from their statements and handed to
 * {@link DashboardSummary}, so a learner's figures follow the dashboard's rules exactly, as far as the statements
 * carry what those rules need (see the README's "Class overview" for where they do not).
 *
 * <p>Take statements with {@link #add} as they arrive, then call {@link #build} once. Not thread-safe.
 */
public final class ClassOverviewBuilder {
    private static final Comparator<LearnerOverview> BY_NAME = Comparator.comparing(
                    (LearnerOverview l) -> l.name().toLowerCase(Locale.ROOT))
            .thenComparing(LearnerOverview::name)
            .thenComparing(LearnerOverview::homePage)
            .thenComparing(LearnerOverview::account);

    private final String activityBase;
    private final Map<StatementFact.Account, LearnerStatements> learners = new HashMap<>();
    private int statements;
    private int used;

    /** {@code options}: where the statements say activities live, as the app that sent them was set up. */
    public ClassOverviewBuilder(XapiOptions options) {
        this.activityBase = options.activityBase();
    }

    /** Takes one statement; one that is not the app's statement about a case counts as read, and adds nothing. */
    public void add(JsonObject statement) {
        statements++;
        Optional<StatementFact> fact = StatementFact.of(statement, activityBase);
        if (fact.isPresent()) {
            used++;
            learners.computeIfAbsent(fact.get().learner(), LearnerStatements::new)
                    .add(fact.get());
        }
    }

    /** The overview of the statements taken, with case titles and order from {@code course}. */
    public ClassOverview build(Course course) {
        List<LearnerOverview> rows = new ArrayList<>(learners.size());
        for (LearnerStatements learner : learners.values()) {
            rows.add(overview(learner, course));
        }
        rows.sort(BY_NAME);
        return new ClassOverview(rows, ClassOverview.steps(rows), statements, used);
    }

    private static LearnerOverview overview(LearnerStatements learner, Course course) {
        DashboardSummary summary = DashboardSummary.of(learner.progress(), course);
        int done = (int) summary.attempts().stream()
                .filter(Attempt::completed)
                .map(a -> a.caseRef().id())
                .distinct()
                .count();
        int tried = (int) summary.cases().stream().filter(c -> c.attempts() > 0).count();
        StatementFact.Account account = learner.account();
        return new LearnerOverview(account.homePage(), account.name(), learner.name(), done, tried, summary.mastery());
    }
}
