package org.empathytrainer.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Emotion;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * An attempt's answers as the learner gave them, step by step, with each step's score: for an unfinished attempt,
 * whose answer key stays hidden, or one at a case no longer in the course (choices are then named by their ids).
 */
final class AnswersView extends VBox {
    private final Texts t;
    private final Messages m;

    AnswersView(Texts t, Course course, Optional<CustomerCase> c, CaseProgress attempt) {
        this.t = t;
        this.m = t.messages();
        getStyleClass().add("answers-view");
        setId("reviewAnswers");
        CaseAnswers a = attempt.answers();
        for (Step step : Step.values()) {
            StepRecord record = attempt.step(step);
            String score = record.done() ? m.percent(record.score()) : m.get("review.not-done");
            Label heading = Ui.text(m.get("review.step", step.number(), t.step(step), score), "section-title");
            heading.setId("review-" + step.id());
            VBox box = new VBox(heading);
            box.getStyleClass().add("card");
            box.getChildren().addAll(answers(step, course, c, a));
            getChildren().add(box);
        }
    }

    private List<Label> answers(Step step, Course course, Optional<CustomerCase> c, CaseAnswers a) {
        List<Label> lines = new ArrayList<>();
        switch (step) {
            case PLACE:
                String concern = a.place().scoredConcernId();
                lines.add(line(
                        "review.concern",
                        concern == null
                                ? null
                                : c.flatMap(x -> x.place().concern(concern))
                                        .map(Concern::text)
                                        .orElse(concern)));
                break;
            case SENSE:
                List<String> feelings = new ArrayList<>();
                for (Map.Entry<String, Integer> f : a.sense().feelings().entrySet()) {
                    String label = course.emotions() == null
                            ? f.getKey()
                            : course.emotions()
                                    .find(f.getKey())
                                    .map(Emotion::label)
                                    .orElse(f.getKey());
                    feelings.add(m.get("review.feeling", label, f.getValue()));
                }
                lines.add(line("review.feelings", feelings.isEmpty() ? null : String.join(", ", feelings)));
                break;
            case DISCUSS:
                String option = a.discuss().scoredOptionId();
                lines.add(line(
                        "review.option",
                        option == null
                                ? null
                                : c.flatMap(x -> x.discuss().option(option))
                                        .map(AckOption::text)
                                        .orElse(option)));
                lines.add(line("review.own-words", a.discuss().ownWords()));
                break;
            case FIX:
                List<String> actions = new ArrayList<>();
                for (String id : a.fix().actions()) {
                    String text = c.flatMap(x -> x.fix().action(id))
                            .map(ActionOption::text)
                            .orElse(id);
                    actions.add(m.get("review.action", actions.size() + 1, text));
                }
                lines.add(line("review.actions", actions.isEmpty() ? null : String.join("\n", actions)));
                lines.add(line("review.commitment", a.fix().commitment()));
                break;
            default:
                throw new IllegalArgumentException(step.toString());
        }
        return lines;
    }

    /** "What you chose: ...", or that nothing was given. */
    private Label line(String key, String value) {
        boolean given = value != null && !value.isBlank();
        return Ui.text(m.get(key, given ? value : m.get("review.nothing")), given ? "body-text" : "muted");
    }
}
