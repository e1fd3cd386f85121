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
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.DiscussActivity;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/**
 * Step 3: choose the best first thing to say among realistic options, with feedback on each; then write your own,
 * with the live tone check.
 */
final class DiscussPage implements PageView {
    private final Ballot ballot;
    private final VBox root;
    private final VBox feedback = new VBox();
    private RadioButton first;

    DiscussPage(AppContext ctx, CaseSession session) {
        Messages m = ctx.messages();
        DiscussActivity activity = session.content().discuss();
        VBox options = new VBox(4);
        ToggleGroup group = new ToggleGroup();
        List<Ballot.Option> choices = new ArrayList<>();
        for (AckOption option : DisplayOrder.options(session.content())) {
            RadioButton r = new RadioButton(m.get("discuss.quote", option.text()));
            r.setId("ack-" + option.id());
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            r.getStyleClass().add("choice");
            r.setToggleGroup(group);
            r.setUserData(option.id());
            r.setSelected(option.id().equals(session.answers().discuss().optionId()));
            choices.add(new Ballot.Option(option.id(), option.text()));
            options.getChildren().add(Parts.numbered(ctx.presentation(), choices.size(), r));
            if (first == null) {
                first = r;
            }
        }
        // Arrow keys move the selection within a group without an action event, so follow the selection itself.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                session.updateDiscuss(a -> a.withOption((String) now.getUserData()));
                showFeedback(m, activity, session);
            }
        });
        Button check = Parts.checkButton(m, "checkAck", () -> {
            session.updateDiscuss(DiscussAnswer::check);
            showFeedback(m, activity, session);
        });
        check.disableProperty().bind(group.selectedToggleProperty().isNull());
        showFeedback(m, activity, session);
        ballot = new Ballot(session.content().id() + "/discuss",
                m.get("votes.ballot-title", session.content().title(), m.get("step.short.discuss")),
                activity.choicePrompt(), choices,
                activity.options().stream().filter(AckOption::best).findFirst().orElseThrow().id());

        VBox own = Parts.toneCheckedWriting(m, ctx.toneCheck(), "ownWords", session.answers().discuss().ownWords(),
                m.get("discuss.own.accessible"), text -> session.updateDiscuss(a -> a.withOwnWords(text)));
        SelfCheckList checks = new SelfCheckList(m, ctx.course().method().step(Step.DISCUSS).selfCheck(),
                session.answers().discuss().selfChecks(), ticked -> session.updateDiscuss(a -> a.withSelfChecks(ticked)));
        root = new VBox(16, Parts.header(m, ctx.course().method().step(Step.DISCUSS)),
                Parts.section(Ui.text(activity.choicePrompt(), "section-title"),
                        Prose.paragraph(m.get("choice.first-check-counts"), "muted"), options, check,
                        Parts.revealable(m, ctx.presentation(), "ackFeedbackHidden", feedback,
                                Bindings.isNotEmpty(feedback.getChildren())),
                        Parts.votes(m, ctx.presentation(), ballot)),
                Parts.section(Ui.text(activity.writePrompt(), "section-title"), own), checks);
    }

    /** Feedback follows the selection once the learner has checked a first choice. */
    private void showFeedback(Messages m, DiscussActivity activity, CaseSession session) {
        feedback.getChildren().clear();
        if (session.answers().discuss().checkedOptionId() == null) {
            return;
        }
        activity.option(session.answers().discuss().optionId()).ifPresent(o -> feedback.getChildren().add(
                Parts.feedback("ackFeedback", o.best(), m.get("ack.kind." + o.kind().id()), o.feedback())));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Ballot> ballot() {
        return Optional.of(ballot);
    }

    @Override
    public Node initialFocus() {
        return first;
    }
}
