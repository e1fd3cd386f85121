package org.empathytrainer.ui.wizard;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.PlaceActivity;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/** Step 1: retell the problem as if it had happened to you, then pick what matters most to the customer. */
final class PlacePage implements PageView {
    private final ChoiceBlock concerns;
    private final VBox root;
    private final TextArea retelling;

    PlacePage(AppContext ctx, CaseSession session) {
        Messages m = ctx.messages();
        PlaceActivity activity = session.content().place();
        retelling = Parts.writing(
                "retelling",
                session.answers().place().retelling(),
                m.get("place.retelling.accessible"),
                text -> session.updatePlace(a -> a.withRetelling(text)));
        concerns = new ChoiceBlock(
                ctx,
                session,
                new ChoiceBlock.Question(
                        Step.PLACE,
                        activity.concernPrompt(),
                        "concern-",
                        "checkConcern",
                        "concernFeedbackHidden",
                        DisplayOrder.concerns(session.content()).stream()
                                .map(c -> new ChoiceBlock.Choice(c.id(), c.text(), c.text()))
                                .toList(),
                        activity.bestConcern().id()),
                new ConcernAnswer(m, session));
        root = new VBox(
                16,
                Parts.header(m, ctx.course().method().step(Step.PLACE)),
                Parts.section(
                        Ui.text(activity.retellingPrompt(), "section-title"),
                        Prose.paragraph(activity.retellingHint(), "muted"),
                        Parts.limited(m, retelling)),
                concerns.node());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Optional<Ballot> ballot() {
        return Optional.of(concerns.ballot());
    }

    @Override
    public Node initialFocus() {
        return retelling;
    }

    /** Step 1's choice kept in the session's place answer, with each concern's feedback. */
    private record ConcernAnswer(Messages m, CaseSession session) implements ChoiceBlock.Answer {
        @Override
        public String chosen() {
            return session.answers().place().concernId();
        }

        @Override
        public boolean checked() {
            return session.answers().place().checkedConcernId() != null;
        }

        @Override
        public void choose(String id) {
            session.updatePlace(a -> a.withConcern(id));
        }

        @Override
        public void check() {
            session.updatePlace(PlaceAnswer::check);
        }

        @Override
        public Optional<Node> feedback(String id, boolean best) {
            return session.content()
                    .place()
                    .concern(id)
                    .map(c -> Parts.feedback(
                            "concernFeedback",
                            best,
                            m.get(best ? "place.feedback.best" : "place.feedback.other"),
                            c.feedback()));
        }
    }
}
