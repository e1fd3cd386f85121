package org.empathytrainer.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.Concern;
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
    private final Ballot ballot;
    private final VBox root;
    private final TextArea retelling;
    private final VBox feedback = new VBox();

    PlacePage(AppContext ctx, CaseSession session) {
        Messages m = ctx.messages();
        PlaceActivity activity = session.content().place();
        retelling = Parts.writing("retelling", session.answers().place().retelling(),
                m.get("place.retelling.accessible"), text -> session.updatePlace(a -> a.withRetelling(text)));

        VBox concerns = new VBox(4);
        ToggleGroup group = new ToggleGroup();
        List<Ballot.Option> choices = new ArrayList<>();
        for (Concern c : DisplayOrder.concerns(session.content())) {
            RadioButton r = new RadioButton(c.text());
            r.setId("concern-" + c.id());
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            r.getStyleClass().add("choice");
            r.setToggleGroup(group);
            r.setUserData(c.id());
            r.setSelected(c.id().equals(session.answers().place().concernId()));
            choices.add(new Ballot.Option(c.id(), c.text()));
            concerns.getChildren().add(Parts.numbered(ctx.presentation(), choices.size(), r));
        }
        // Arrow keys move the selection within a group without an action event, so follow the selection itself.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                session.updatePlace(a -> a.withConcern((String) now.getUserData()));
                showFeedback(m, activity, session);
            }
        });
        Button check = Parts.checkButton(m, "checkConcern", () -> {
            session.updatePlace(PlaceAnswer::check);
            showFeedback(m, activity, session);
        });
        check.disableProperty().bind(group.selectedToggleProperty().isNull());
        showFeedback(m, activity, session);
        // The concern worth full credit; content always has one, the highest credit is the safe reading.
        Concern right = activity.concerns().stream().max(Comparator.comparingDouble(Concern::credit)).orElseThrow();
        ballot = new Ballot(session.content().id() + "/place",
                m.get("votes.ballot-title", session.content().title(), m.get("step.short.place")),
                activity.concernPrompt(), choices, right.id());
        root = new VBox(16, Parts.header(m, ctx.course().method().step(Step.PLACE)),
                Parts.section(Ui.text(activity.retellingPrompt(), "section-title"),
                        Prose.paragraph(activity.retellingHint(), "muted"), retelling),
                Parts.section(Ui.text(activity.concernPrompt(), "section-title"),
                        Prose.paragraph(m.get("choice.first-check-counts"), "muted"), concerns, check,
                        Parts.revealable(m, ctx.presentation(), "concernFeedbackHidden", feedback,
                                Bindings.isNotEmpty(feedback.getChildren())),
                        Parts.votes(m, ctx.presentation(), ballot)));
    }

    /** Feedback follows the selection once the learner has checked a first choice. */
    private void showFeedback(Messages m, PlaceActivity activity, CaseSession session) {
        feedback.getChildren().clear();
        if (session.answers().place().checkedConcernId() == null) {
            return;
        }
        activity.concern(session.answers().place().concernId()).ifPresent(c -> {
            boolean best = c.credit() == 1.0;
            feedback.getChildren().add(Parts.feedback("concernFeedback", best,
                    m.get(best ? "place.feedback.best" : "place.feedback.other"), c.feedback()));
        });
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
        return retelling;
    }
}
