package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.StoryProgress;
import org.empathytrainer.practice.WizardPage;
import org.junit.jupiter.api.Test;

class ProgressFormatTest {

    private static LearnerProgress read(String text) {
        return ProgressJson.read(text.getBytes(StandardCharsets.UTF_8), ProgressFixtures.LEARNER);
    }

    private static String problemIn(String text) {
        try {
            read(text);
        } catch (FormatProblem p) {
            return p.detail();
        }
        throw new AssertionError("no problem found in " + text);
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toList());
    }

    private static String minimalWith(String cases) {
        return "{\"schemaVersion\":1,\"learner\":\"default\",\"story\":{\"scene\":0,\"reflection\":\"\"},"
                + "\"cases\":{" + cases + "}}";
    }

    @Test
    void fileFormatIsStable() {
        String written = ProgressJson.write(ProgressFixtures.full(), ProgressFixtures.NOW);

        assertThat(written).isEqualTo(GOLDEN);
    }

    @Test
    void goldenFileReadsBackToTheSameProgress() {
        assertThat(read(GOLDEN)).isEqualTo(ProgressFixtures.full());
    }

    @Test
    void everyPageStatusAndStepHasAnIdInTheFile() {
        assertThat(Arrays.stream(WizardPage.values()).map(Ids::page))
                .containsExactly("place", "sense", "discuss", "fix", "summary");
        assertThat(Arrays.stream(StepStatus.values()).map(Ids::status))
                .containsExactly("not-started", "in-progress", "done");
        assertThat(Arrays.stream(Step.values()).map(Ids::step)).containsExactly("place", "sense", "discuss", "fix");
    }

    /** Fails when a saved record gains or loses a component: map it in ProgressWriter, ProgressReader and here. */
    @Test
    void everyComponentOfTheSavedRecordsIsMapped() {
        assertThat(components(LearnerProgress.class)).containsExactly("learner", "story", "cases", "history");
        assertThat(components(StoryProgress.class)).containsExactly("scene", "reflection", "completedAt");
        assertThat(components(CaseProgress.class))
                .containsExactly(
                        "caseId", "caseVersion", "page", "answers", "steps", "startedAt", "updatedAt", "completedAt");
        assertThat(components(StepRecord.class)).containsExactly("status", "score", "startedAt", "completedAt");
        assertThat(components(CaseAnswers.class)).containsExactly("place", "sense", "discuss", "fix");
        assertThat(components(PlaceAnswer.class)).containsExactly("retelling", "concernId", "checkedConcernId");
        assertThat(components(SenseAnswer.class)).containsExactly("feelings");
        assertThat(components(DiscussAnswer.class))
                .containsExactly("optionId", "checkedOptionId", "ownWords", "selfChecks");
        assertThat(components(FixAnswer.class)).containsExactly("actions", "commitment", "selfChecks");
    }

    @Test
    void earlierAttemptsRoundTripInOrderWithTheirCaseIds() {
        LearnerProgress full = ProgressFixtures.full();
        CaseProgress porch = full.caseProgress("porch-parcel").orElseThrow();
        LearnerProgress twice = full.restart("porch-parcel", 2, ProgressFixtures.at(50))
                .restart("porch-parcel", 2, ProgressFixtures.at(55));
        CaseProgress second = twice.caseProgress("porch-parcel").orElseThrow();

        LearnerProgress back = read(ProgressJson.write(twice, ProgressFixtures.NOW));

        assertThat(back).isEqualTo(twice);
        assertThat(back.history("porch-parcel")).containsExactly(porch);
        assertThat(second.started()).isFalse();
        assertThat(ProgressJson.write(twice, ProgressFixtures.NOW))
                .contains("\"history\": [", "\"caseId\": \"porch-parcel\"");
    }

    @Test
    void aFileWithoutHistoryHasNoEarlierAttempts() {
        assertThat(read(minimalWith("")).history()).isEmpty();
        assertThat(ProgressJson.write(ProgressFixtures.full(), ProgressFixtures.NOW))
                .doesNotContain("history");
    }

    @Test
    void absentCheckedChoicesMeanNothingWasChecked() {
        String withoutFirstChoices = GOLDEN.replaceAll(",\\s*\"checkedConcern\": \"wrong-address\"", "")
                .replaceAll("\"checkedOption\": \"policy-first\",", "");
        assertThat(withoutFirstChoices).doesNotContain("checkedConcern\": \"wrong", "checkedOption\": \"policy");

        CaseAnswers answers = read(withoutFirstChoices)
                .caseProgress("porch-parcel")
                .orElseThrow()
                .answers();

        assertThat(answers.place().checkedConcernId()).isNull();
        assertThat(answers.discuss().checkedOptionId()).isNull();
        assertThat(answers.place().scoredConcernId()).isEqualTo("late-gift");
        assertThat(answers.discuss().scoredOptionId()).isEqualTo("own-the-delay");
    }

    @Test
    void byteOrderMarkFromAHandEditIsTolerated() {
        assertThat(read("\uFEFF" + minimalWith(""))).isEqualTo(LearnerProgress.empty(ProgressFixtures.LEARNER));
    }

    @Test
    void unknownStepIdIsRefusedWithItsPath() {
        String withTalkStep = GOLDEN.replace("\"fix\": {\n          \"status\"", "\"talk\": {\n          \"status\"");

        assertThat(problemIn(withTalkStep))
                .isEqualTo("cases.billing-error.steps: \"talk\" is not one of place, sense, discuss, fix");
    }

    @Test
    void unknownPageIsRefusedWithItsPath() {
        assertThat(problemIn(GOLDEN.replace("\"page\": \"discuss\"", "\"page\": \"talk\"")))
                .isEqualTo("cases.porch-parcel.page: \"talk\" is not one of place, sense, discuss, fix, summary");
    }

    @Test
    void badTimeIsRefusedWithItsPath() {
        assertThat(problemIn(
                        GOLDEN.replace("\"completedAt\": \"2025-03-01T10:30:00Z\"", "\"completedAt\": \"yesterday\"")))
                .startsWith("story.completedAt: must be a time such as");
    }

    @Test
    void doneStepWithoutScoreIsRefusedWithItsPath() {
        assertThat(problemIn(GOLDEN.replace(
                        "\"score\": 1.0,\n          \"startedAt\": \"2025-03-01T10:01:00Z\"",
                        "\"startedAt\": \"2025-03-01T10:01:00Z\"")))
                .startsWith("cases.porch-parcel.steps.place: a done step needs a score");
    }

    @Test
    void feelingIntensityOutsideOneToThreeIsRefused() {
        assertThat(problemIn(GOLDEN.replace("\"panic\": 3", "\"panic\": 4")))
                .isEqualTo("cases.porch-parcel.answers.sense.feelings.panic: must be from 1 to 3, not 4");
    }

    @Test
    void wrongTypeIsRefusedWithItsPath() {
        assertThat(problemIn(minimalWith("\"a\":{\"caseVersion\":\"one\"}")))
                .isEqualTo("cases.a.caseVersion: must be a whole number, not \"one\"");
    }

    @Test
    void textThatIsNotJsonIsDescribedWithoutProgrammerAdvice() {
        assertThat(problemIn("{\"schemaVersion\": one}"))
                .isEqualTo("the JSON is not valid: unexpected text at line 1 column 19");
    }

    @Test
    void textAfterTheObjectIsRefused() {
        assertThat(problemIn(minimalWith("") + " {}")).startsWith("the JSON is not valid");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(problemIn("")).isEqualTo("the file must hold one JSON object");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] latin1 = minimalWith("").replace("\"\"}", "\"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ProgressJson.read(latin1, ProgressFixtures.LEARNER))
                .isInstanceOf(FormatProblem.class)
                .hasMessage("the file is not UTF-8 text");
    }

    /** What {@link ProgressFixtures#full()} looks like on disk; a change here is a change of file format. */
    private static final String GOLDEN = """
            {
              "schemaVersion": 1,
              "learner": "default",
              "savedAt": "2025-03-14T09:26:53Z",
              "story": {
                "scene": 3,
                "reflection": "Listening first changes the whole call.\\nAnd then some.",
                "completedAt": "2025-03-01T10:30:00Z"
              },
              "cases": {
                "billing-error": {
                  "caseVersion": 1,
                  "page": "summary",
                  "startedAt": "2025-03-01T10:10:00Z",
                  "updatedAt": "2025-03-01T10:14:00Z",
                  "completedAt": "2025-03-01T10:14:00Z",
                  "steps": {
                    "place": {
                      "status": "done",
                      "score": 0.0,
                      "startedAt": "2025-03-01T10:10:00Z",
                      "completedAt": "2025-03-01T10:11:00Z"
                    },
                    "sense": {
                      "status": "done",
                      "score": 0.5,
                      "startedAt": "2025-03-01T10:11:00Z",
                      "completedAt": "2025-03-01T10:12:00Z"
                    },
                    "discuss": {
                      "status": "done",
                      "score": 0.75,
                      "startedAt": "2025-03-01T10:12:00Z",
                      "completedAt": "2025-03-01T10:13:00Z"
                    },
                    "fix": {
                      "status": "done",
                      "score": 1.0,
                      "startedAt": "2025-03-01T10:13:00Z",
                      "completedAt": "2025-03-01T10:14:00Z"
                    }
                  },
                  "answers": {
                    "place": {
                      "retelling": "I was charged twice.",
                      "concern": "double-charge"
                    },
                    "sense": {
                      "feelings": {}
                    },
                    "discuss": {
                      "ownWords": "",
                      "selfChecks": []
                    },
                    "fix": {
                      "actions": [],
                      "commitment": "",
                      "selfChecks": []
                    }
                  }
                },
                "porch-parcel": {
                  "caseVersion": 2,
                  "page": "discuss",
                  "startedAt": "2025-03-01T10:00:00Z",
                  "updatedAt": "2025-03-01T10:06:07.123456789Z",
                  "steps": {
                    "place": {
                      "status": "done",
                      "score": 1.0,
                      "startedAt": "2025-03-01T10:01:00Z",
                      "completedAt": "2025-03-01T10:02:00Z"
                    },
                    "sense": {
                      "status": "done",
                      "score": 0.8333333333333334,
                      "startedAt": "2025-03-01T10:02:00Z",
                      "completedAt": "2025-03-01T10:04:00Z"
                    },
                    "discuss": {
                      "status": "in-progress",
                      "startedAt": "2025-03-01T10:05:00Z"
                    },
                    "fix": {
                      "status": "not-started"
                    }
                  },
                  "answers": {
                    "place": {
                      "retelling": "I waited all week and the parcel never came.",
                      "concern": "late-gift",
                      "checkedConcern": "wrong-address"
                    },
                    "sense": {
                      "feelings": {
                        "panic": 3,
                        "anger": 2,
                        "disappointment": 1
                      }
                    },
                    "discuss": {
                      "option": "own-the-delay",
                      "checkedOption": "policy-first",
                      "ownWords": "I'm so sorry \u2013 that's \\"really\\" stressful.\\nL\u00e4nger.",
                      "selfChecks": [
                        "named-feeling",
                        "no-blame"
                      ]
                    },
                    "fix": {
                      "actions": [
                        "track-parcel",
                        "apologise",
                        "refund"
                      ],
                      "commitment": "I'll call you back by 5 pm.",
                      "selfChecks": [
                        "checked-time",
                        "specific"
                      ]
                    }
                  }
                }
              }
            }
            """;
}
