package org.empathytrainer.ui.wizard;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.DiscussActivity;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * Step 3: choose the best first thing to say among realistic options, with feedback on each; then write your own,
 * with the live tone check.
 */
final class DiscussPage implements PageView {
    private final ChoiceBlock options;
    private final VBox root;

    DiscussPage(AppContext ctx, CaseSession session) {
        Messages m = ctx.messages();
        DiscussActivity activity = session.content().discuss();
        options = new ChoiceBlock(
                ctx,
                session,
                new ChoiceBlock.Question(
                        Step.DISCUSS,
                        activity.choicePrompt(),
                        "ack-",
                        "checkAck",
                        "ackFeedbackHidden",
                        DisplayOrder.options(session.content()).stream()
                                .map(o -> new ChoiceBlock.Choice(o.id(), o.text(), m.get("discuss.quote", o.text())))
                                .toList(),
                        activity.bestOption().id()),
                new OptionAnswer(m, session));
        VBox own = Parts.toneCheckedWriting(
                m,
                ctx.toneCheck(),
                session.content().toneFacts(),
                Step.DISCUSS,
                "ownWords",
                session.answers().discuss().ownWords(),
                m.get("discuss.own.accessible"),
                text -> session.updateDiscuss(a -> a.withOwnWords(text)));
        SelfCheckList checks = new SelfCheckList(
                m,
                ctx.course().method().step(Step.DISCUSS).selfCheck(),
                session.answers().discuss().selfChecks(),
                ticked -> session.updateDiscuss(a -> a.withSelfChecks(ticked)));
        root = new VBox(
                16,
                Parts.header(m, ctx.course().method().step(Step.DISCUSS)),
                options.node(),
                Parts.section(Ui.text(activity.writePrompt(), "section-title"), own),
                checks);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Ballot> ballot() {
        return Optional.of(options.ballot());
    }

    @Override
    public Node initialFocus() {
        return options.firstOption();
    }

    /** Step 3's choice kept in the session's discuss answer, with each option's feedback. */
    private record OptionAnswer(Messages m, CaseSession session) implements ChoiceBlock.Answer {
        @Override
        public String chosen() {
            return session.answers().discuss().optionId();
        }

        @Override
        public boolean checked() {
            return session.answers().discuss().checkedOptionId() != null;
        }

        @Override
        public void choose(String id) {
            session.updateDiscuss(a -> a.withOption(id));
        }

        @Override
        public void check() {
            session.updateDiscuss(DiscussAnswer::check);
        }

        @Override
        public Optional<Node> feedback(String id, boolean best) {
            return session.content()
                    .discuss()
                    .option(id)
                    .map(o -> Parts.feedback(
                            "ackFeedback", best, m.get("ack.kind." + o.kind().id()), o.feedback()));
        }
    }
}
