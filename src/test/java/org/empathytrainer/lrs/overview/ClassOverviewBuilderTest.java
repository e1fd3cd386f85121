package org.empathytrainer.lrs.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.DashboardSummary;
import org.empathytrainer.practice.StepMastery;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.junit.jupiter.api.Test;

class ClassOverviewBuilderTest {
    /** Scores the statements carry may be rounded to what they show; the figures may differ by that much. */
    private static final double ROUNDING = 1e-4;

    private static ClassOverview overview(List<JsonObject> statements) {
        ClassOverviewBuilder builder = new ClassOverviewBuilder(XapiOptions.DEFAULTS);
        statements.forEach(builder::add);
        return builder.build(ClassStatements.COURSE);
    }

    @Test
    void threeHundredLearnersOfSeventeenCasesGetTheirOwnDashboardsFigures() {
        List<LearnerRecords> learners = ClassStatements.learners(300, 40, 17);
        List<JsonObject> statements = ClassStatements.statements(learners, 5);
        assertThat(ClassStatements.COURSE.cases()).hasSize(17);

        ClassOverview overview = overview(statements);

        assertThat(overview.statements()).isEqualTo(statements.size());
        assertThat(overview.used()).isEqualTo(statements.size());
        assertThat(overview.learners()).hasSize(300);
        Map<String, LearnerOverview> byAccount =
                overview.learners().stream().collect(Collectors.toMap(LearnerOverview::account, l -> l));
        for (LearnerRecords learner : learners) {
            LearnerOverview row = byAccount.get(learner.learnerId());
            DashboardSummary dashboard = DashboardSummary.of(learner.progress(), ClassStatements.COURSE);
            assertThat(row.name()).isEqualTo(learner.displayName());
            assertThat(row.homePage()).isEqualTo(XapiOptions.DEFAULT_HOME_PAGE);
            for (Step step : Step.values()) {
                StepMastery want = dashboard.mastery(step);
                StepMastery got = row.mastery(step);
                assertThat(got.cases()).as(learner.learnerId() + " " + step).isEqualTo(want.cases());
                assertThat(got.mastery().getAsDouble())
                        .as(learner.learnerId() + " " + step)
                        .isCloseTo(want.mastery().getAsDouble(), within(ROUNDING));
            }
            assertThat(row.casesDone()).isEqualTo(casesCompleted(learner));
            assertThat(row.casesTried()).isEqualTo((int)
                    dashboard.cases().stream().filter(c -> c.attempts() > 0).count());
        }
    }

    private static int casesCompleted(LearnerRecords learner) {
        Map<String, Boolean> done = new HashMap<>();
        learner.progress().history().forEach(p -> done.merge(p.caseId(), p.completed(), Boolean::logicalOr));
        learner.progress().cases().values().forEach(p -> done.merge(p.caseId(), p.completed(), Boolean::logicalOr));
        return (int) done.values().stream().filter(b -> b).count();
    }

    @Test
    void theClassMasteryIsTheMeanOfItsLearnersEachCountingOnce() {
        ClassOverview overview = overview(ClassStatements.statements(ClassStatements.learners(12, 5, 3), 1));

        for (Step step : Step.values()) {
            List<OptionalDouble> figures = overview.learners().stream()
                    .map(l -> l.mastery(step).mastery())
                    .filter(OptionalDouble::isPresent)
                    .toList();
            double mean = figures.stream()
                    .mapToDouble(OptionalDouble::getAsDouble)
                    .average()
                    .orElseThrow();
            assertThat(overview.step(step).learners()).isEqualTo(figures.size()).isPositive();
            assertThat(overview.step(step).mastery().getAsDouble()).isCloseTo(mean, within(1e-12));
        }
    }

    @Test
    void aLearnerOnTwoWorkstationsIsOneLearnerAndTheirLaterAttemptCounts() {
        JsonObject morning = answered("ws-one-reg", 1, Step.PLACE, 0.25, "2026-03-02T09:00:00Z");
        JsonObject afternoon = answered("ws-two-reg", 1, Step.PLACE, 0.75, "2026-03-02T15:00:00+01:00");

        ClassOverview overview = overview(List.of(afternoon, morning));

        assertThat(overview.learners()).hasSize(1);
        StepMastery place = overview.learners().get(0).mastery(Step.PLACE);
        assertThat(place.cases()).isEqualTo(1);
        assertThat(place.mastery().getAsDouble()).isEqualTo(0.75);
        assertThat(overview.learners().get(0).casesTried()).isEqualTo(1);
        assertThat(overview.learners().get(0).casesDone()).isZero();
    }

    @Test
    void aStepDoneAgainWithinAnAttemptCountsWithItsLatestScore() {
        JsonObject first = answered("reg", 1, Step.SENSE, 0.9, "2026-03-02T09:00:00Z");
        JsonObject again = answered("reg", 1, Step.SENSE, 0.4, "2026-03-02T09:10:00Z");

        ClassOverview overview = overview(List.of(again, first));

        assertThat(overview.learners().get(0).mastery(Step.SENSE).mastery().getAsDouble())
                .isEqualTo(0.4);
    }

    @Test
    void aCompletedStatementMakesTheCaseDone() {
        JsonObject step = answered("reg", 1, Step.FIX, 1.0, "2026-03-02T09:00:00Z");
        JsonObject completed = statement("completed", "cases/porch-parcel", "reg", "2026-03-02T09:01:00Z");

        ClassOverview overview = overview(List.of(step, completed));

        assertThat(overview.learners().get(0).casesDone()).isEqualTo(1);
        assertThat(overview.step(Step.FIX).mastery().getAsDouble()).isEqualTo(1.0);
        assertThat(overview.step(Step.PLACE).mastery()).isEmpty();
        assertThat(overview.step(Step.PLACE).learners()).isZero();
    }

    @Test
    void statementsThatAreNotTheAppsAboutACaseAreReadButAddNothing() {
        JsonObject story = statement("experienced", "story", null, "2026-03-02T09:00:00Z");
        JsonObject otherBase = answered("reg", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        otherBase.getAsJsonObject("object").addProperty("id", "https://elsewhere.example/cases/x/steps/place");
        JsonObject noAccount = answered("reg", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        noAccount.getAsJsonObject("actor").remove("account");
        JsonObject badScore = answered("reg", 1, Step.PLACE, 1.5, "2026-03-02T09:00:00Z");
        JsonObject unknownStep = answered("reg", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        unknownStep
                .getAsJsonObject("object")
                .addProperty("id", XapiOptions.DEFAULT_ACTIVITY_BASE + "cases/porch-parcel/steps/think");
        JsonObject noTime = answered("reg", 1, Step.PLACE, 0.5, "yesterday");

        ClassOverview overview = overview(List.of(story, otherBase, noAccount, badScore, unknownStep, noTime));

        assertThat(overview.statements()).isEqualTo(6);
        assertThat(overview.used()).isZero();
        assertThat(overview.learners()).isEmpty();
        assertThat(overview.steps()).allSatisfy(s -> assertThat(s.mastery()).isEmpty());
    }

    @Test
    void learnersComeInNameOrderWhateverTheCapitals() {
        JsonObject zoe = answered("r1", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        zoe.getAsJsonObject("actor").addProperty("name", "zoe");
        zoe.getAsJsonObject("actor").getAsJsonObject("account").addProperty("name", "zoe");
        JsonObject ana = answered("r2", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        ana.getAsJsonObject("actor").addProperty("name", "Ana");
        ana.getAsJsonObject("actor").getAsJsonObject("account").addProperty("name", "ana");
        JsonObject bo = answered("r3", 1, Step.PLACE, 0.5, "2026-03-02T09:00:00Z");
        bo.getAsJsonObject("actor").addProperty("name", "Bo");
        bo.getAsJsonObject("actor").getAsJsonObject("account").addProperty("name", "bo");

        ClassOverview overview = overview(List.of(zoe, ana, bo));

        assertThat(overview.learners()).extracting(LearnerOverview::name).containsExactly("Ana", "Bo", "zoe");
    }

    @Test
    void anAttemptUnderWayWithNoStepDoneCountsAsTriedOnly() {
        ClassOverview overview =
                overview(List.of(statement("progressed", "cases/porch-parcel", "reg", "2026-03-02T09:00:00Z")));

        LearnerOverview ana = overview.learners().get(0);
        assertThat(ana.casesTried()).isEqualTo(1);
        assertThat(ana.casesDone()).isZero();
        assertThat(ana.mastery()).allSatisfy(m -> assertThat(m.cases()).isZero());
    }

    /** An {@code answered} statement of Ana's at a step of the porch-parcel case. */
    static JsonObject answered(String registration, int attempt, Step step, double score, String timestamp) {
        JsonObject s = statement("answered", "cases/porch-parcel/steps/" + step.id(), registration, timestamp);
        JsonObject scaled = new JsonObject();
        scaled.addProperty("scaled", score);
        JsonObject result = new JsonObject();
        result.add("score", scaled);
        s.add("result", result);
        s.getAsJsonObject("context")
                .getAsJsonObject("extensions")
                .addProperty(XapiOptions.DEFAULT_ACTIVITY_BASE + "extensions/attempt", attempt);
        return s;
    }

    static JsonObject statement(String verb, String activity, String registration, String timestamp) {
        String base = XapiOptions.DEFAULT_ACTIVITY_BASE;
        JsonObject s = JsonParser.parseString("{\"actor\": {\"objectType\": \"Agent\", \"name\": \"Ana\","
                        + " \"account\": {\"homePage\": \"" + XapiOptions.DEFAULT_HOME_PAGE + "\", \"name\": \"ana\"}},"
                        + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/" + verb + "\"},"
                        + " \"object\": {\"objectType\": \"Activity\", \"id\": \"" + base + activity + "\"},"
                        + " \"context\": {\"extensions\": {\"" + base + "extensions/case-version\": 1}},"
                        + " \"timestamp\": \"" + timestamp + "\"}")
                .getAsJsonObject();
        if (registration != null) {
            s.getAsJsonObject("context").addProperty("registration", registration);
        }
        return s;
    }
}
