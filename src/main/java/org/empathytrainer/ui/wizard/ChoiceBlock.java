package org.empathytrainer.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.FocusScroll;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/**
 * A choice with one right answer, as steps 1 and 3 ask it: the options, the button that checks the one chosen, and
 * the feedback on it; while presenting, the options' numbers, the room's votes, and feedback hidden until revealed.
 * The first option checked is the one scored; after that, feedback follows every option picked. Both steps build it
 * here so that they ask, check and reveal the same way.
 */
final class ChoiceBlock {
    /** One option: its id in the content, its words on the room's ballot, and the words on its button. */
    record Choice(String id, String text, String label) {}

    /**
     * What sets one page's choice apart from the other's.
     *
     * @param step     the step asking it, which names the ballot
     * @param prompt   the question, above the options and on the ballot
     * @param idPrefix put before an option's id to make its button's id, e.g. {@code concern-}
     * @param checkId  the check button's id
     * @param hintId   the id of the line that says the feedback is hidden while presenting
     * @param choices  the options, in the order shown
     * @param rightId  the option that is the answer
     */
    record Question(
            Step step,
            String prompt,
            String idPrefix,
            String checkId,
            String hintId,
            List<Choice> choices,
            String rightId) {}

    /** Where the page's answer keeps the choice in the session, and the feedback on an option. */
    interface Answer {
        /** The option chosen, or null. */
        String chosen();

        /** Whether the learner has checked a first choice, so feedback shows. */
        boolean checked();

        void choose(String id);

        /** The learner checks the option chosen; the answer keeps the first one checked for the score. */
        void check();

        /** Feedback on option {@code id}, if the content has it; {@code best} says whether it is the answer. */
        Optional<Node> feedback(String id, boolean best);
    }

    private final Question question;
    private final Answer answer;
    private final Ballot ballot;
    private final VBox root;
    private final VBox feedback = new VBox();
    /** The feedback, or while presenting the line saying it is hidden until revealed. */
    private final Node revealed;

    private RadioButton first;

    ChoiceBlock(AppContext ctx, CaseSession session, Question question, Answer answer) {
        this.question = question;
        this.answer = answer;
        Messages m = ctx.messages();
        VBox options = new VBox(4);
        ToggleGroup group = new ToggleGroup();
        List<Ballot.Option> choices = new ArrayList<>();
        for (Choice choice : question.choices()) {
            RadioButton r = new RadioButton(choice.label());
            r.setId(question.idPrefix() + choice.id());
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            r.getStyleClass().add("choice");
            r.setToggleGroup(group);
            r.setUserData(choice.id());
            r.setSelected(choice.id().equals(answer.chosen()));
            choices.add(new Ballot.Option(choice.id(), choice.text()));
            options.getChildren().add(Parts.numbered(ctx.presentation(), choices.size(), r));
            if (first == null) {
                first = r;
            }
        }
        // Arrow keys move the selection within a group without an action event, so follow the selection itself.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                answer.choose((String) now.getUserData());
                showFeedback();
            }
        });
        revealed = Parts.revealable(
                m, ctx.presentation(), question.hintId(), feedback, Bindings.isNotEmpty(feedback.getChildren()));
        Button check = Parts.checkButton(m, question.checkId(), () -> {
            answer.check();
            showFeedback();
            // The feedback comes below the options, often below the fold: bring it up, where the learner is looking.
            FocusScroll.revealLater(revealed);
        });
        check.disableProperty().bind(group.selectedToggleProperty().isNull());
        showFeedback();
        Step step = question.step();
        ballot = new Ballot(
                session.content().id() + "/" + step.id(),
                m.get("votes.ballot-title", session.content().title(), m.get("step.short." + step.id())),
                question.prompt(),
                choices,
                question.rightId());
        root = Parts.section(
                Ui.text(question.prompt(), "section-title"),
                Prose.paragraph(m.get("choice.first-check-counts"), "muted"),
                options,
                check,
                revealed,
                Parts.votes(m, ctx.presentation(), ballot));
    }

    /** Feedback follows the selection once the learner has checked a first choice. */
    private void showFeedback() {
        feedback.getChildren().clear();
        if (!answer.checked()) {
            return;
        }
        String chosen = answer.chosen();
        answer.feedback(chosen, question.rightId().equals(chosen)).ifPresent(feedback.getChildren()::add);
    }

    /** The question, its options, the check button, the feedback and, while presenting, the room's votes. */
    Node node() {
        return root;
    }

    /** The choice for the room to vote on while presenting. */
    Ballot ballot() {
        return ballot;
    }

    /** The first option shown, where the keyboard starts on a page that opens with the choice. */
    Node firstOption() {
        return first;
    }
}
