package org.empathytrainer.ui.wizard;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Debrief;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.LearnerReply;
import org.empathytrainer.practice.Scoring;
import org.empathytrainer.practice.SenseMatch;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepScores;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/**
 * The summary: each step's result explained, the learner's whole reply, and a model reply to compare with. It only
 * shows an attempt, so it also serves to review an earlier one; a step not done shows no explanation.
 */
public final class SummaryPage implements PageView {
    private final VBox root;
    private final Label title;
    private final Messages m;
    private final AppContext ctx;

    SummaryPage(AppContext ctx, CaseSession session) {
        this(ctx, session.content(), session.progress());
    }

    /** The summary of {@code attempt}, an attempt at {@code c}, current or earlier; it changes nothing. */
    public SummaryPage(AppContext ctx, CustomerCase c, CaseProgress attempt) {
        this.ctx = ctx;
        this.m = ctx.messages();
        CaseAnswers a = attempt.answers();
        title = Ui.text(m.get("summary.title"), "screen-title");
        title.setId("summaryTitle");
        title.setFocusTraversable(true);
        root = new VBox(16, title);
        // Only a whole attempt has a score for the case: a mean of the steps done so far would flatter a half-done one.
        StepScores.of(attempt).overall().ifPresent(score -> {
            Label overall = Ui.text(m.get("summary.overall", m.percent(score)), "eyebrow");
            overall.setId("overallScore");
            root.getChildren().add(overall);
        });
        root.getChildren().add(Ui.text(m.get("summary.scoring"), "muted"));
        for (Step step : Step.values()) {
            StepRecord record = attempt.step(step);
            root.getChildren().add(stepResult(step, record, record.done() ? details(step, c, a) : new VBox()));
        }
        Label reply = Ui.text(LearnerReply.assemble(a), "body-text");
        reply.setId("learnerReply");
        VBox model = Bubbles.column(m, c, c.modelReply(), "modelTurn");
        model.setId("modelReply");
        VBox yours = box(m.get("summary.your-reply", c.customer().name()), reply);
        // Hidden from the room until the presenter reveals it, so the class writes its own reply first.
        VBox theirs = box(
                m.get("summary.model-reply"),
                Parts.revealable(m, ctx.presentation(), "modelReplyHidden", model, new SimpleBooleanProperty(true)));
        HBox replies = new HBox(16, yours, theirs);
        HBox.setHgrow(yours, Priority.ALWAYS);
        HBox.setHgrow(theirs, Priority.ALWAYS);
        yours.setPrefWidth(0);
        theirs.setPrefWidth(0);
        root.getChildren()
                .addAll(Ui.text(m.get("summary.compare"), "section-title"), replies, debrief(c), trainerNotes(c));
    }

    private VBox stepResult(Step step, StepRecord record, Node details) {
        String score = record.done() ? m.percent(record.score()) : m.get("summary.not-done");
        Label scoreLabel = Ui.text(score, "score");
        scoreLabel.setId("score-" + step.id());
        scoreLabel.setMaxWidth(Label.USE_PREF_SIZE);
        String name = ctx.course().method().step(step).title();
        VBox text = new VBox(4, Ui.text(m.get("summary.step", step.number(), name), "section-title"), details);
        HBox row = new HBox(12, scoreLabel, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.getStyleClass().add("result-row");
        VBox box = new VBox(row);
        box.getStyleClass().add("card");
        box.setId("result-" + step.id());
        return box;
    }

    /** What the learner chose at {@code step} and what it means: prose, one passage per step. */
    private Node details(Step step, CustomerCase c, CaseAnswers a) {
        Prose lines = new Prose();
        switch (step) {
            case PLACE:
                c.place()
                        .concern(a.place().scoredConcernId())
                        .ifPresent(concern -> lines.line(m.get("summary.place.chosen", concern.text()))
                                .line(concern.feedback(), "muted"));
                if (!c.place().bestConcern().id().equals(a.place().scoredConcernId())) {
                    lines.line(
                            m.get("summary.place.best", c.place().bestConcern().text()));
                }
                break;
            case SENSE:
                senseDetails(c, a, lines);
                break;
            case DISCUSS:
                c.discuss()
                        .option(a.discuss().scoredOptionId())
                        .ifPresent(o -> lines.line(m.get(
                                        "summary.discuss.chosen",
                                        o.text(),
                                        m.get("ack.kind." + o.kind().id())))
                                .line(o.feedback(), "muted"));
                if (!c.discuss().bestOption().id().equals(a.discuss().scoredOptionId())) {
                    lines.line(m.get(
                            "summary.discuss.best", c.discuss().bestOption().text()));
                }
                break;
            case FIX:
                fixDetails(c, a, lines);
                break;
            default:
                throw new IllegalArgumentException(step.toString());
        }
        return lines.flow("summary-details");
    }

    private void senseDetails(CustomerCase c, CaseAnswers a, Prose lines) {
        SenseMatch match = SenseMatch.of(c.sense(), a.sense());
        for (ExpectedFeeling f : c.sense().feelings()) {
            String label = emotionLabel(f.emotion());
            String picked = match.pickFor(f).orElse(null);
            String verdict;
            if (picked == null) {
                verdict = m.get("summary.sense.missed", label, f.intensity());
            } else if (match.metByNearSynonym(f)) {
                verdict = m.get(
                        "summary.sense.near",
                        label,
                        emotionLabel(picked),
                        a.sense().intensity(picked),
                        f.intensity(),
                        m.percent(Scoring.NEAR_SYNONYM_SHARE));
            } else {
                verdict = m.get("summary.sense.picked", label, a.sense().intensity(picked), f.intensity());
            }
            lines.line(verdict).line(f.why(), "muted");
        }
        match.extras().forEach(id -> lines.line(m.get("summary.sense.extra", emotionLabel(id))));
    }

    private String emotionLabel(String id) {
        return ctx.course().emotions().find(id).map(e -> e.label()).orElse(id);
    }

    /** For a learner on their own: what the case was about, what experts do, and a question to take away. */
    private VBox debrief(CustomerCase c) {
        Debrief d = c.debrief();
        VBox box = new VBox(
                6,
                Ui.text(m.get("summary.debrief"), "section-title"),
                part("debriefAbout", m.get("summary.debrief.about"), d.about()),
                part("debriefExpertMove", m.get("summary.debrief.expert-move"), d.expertMove()),
                part("debriefQuestion", m.get("summary.debrief.question"), d.question()));
        box.getStyleClass().add("card");
        box.setId("debrief");
        return box;
    }

    private static Node part(String id, String heading, String text) {
        TextFlow flow = new Prose.Flow(Prose.run(heading + "\n", "speaker"), Prose.run(text));
        flow.setId(id);
        return flow;
    }

    private void fixDetails(CustomerCase c, CaseAnswers a, Prose lines) {
        lines.line(m.get(
                "summary.fix.parts",
                m.percent(Scoring.choiceScore(c.fix(), a.fix())),
                m.percent(Scoring.orderScore(c.fix(), a.fix()))));
        int i = 1;
        for (String id : a.fix().actions()) {
            ActionOption action = c.fix().action(id).orElse(null);
            if (action != null) {
                lines.line(m.get(
                                "summary.fix.action",
                                i++,
                                action.text(),
                                m.get("action.kind." + action.kind().id())))
                        .line(action.feedback(), "muted");
            }
        }
        Map<Boolean, List<ActionOption>> chosen = Scoring.chosenByHelpfulness(c.fix(), a.fix());
        c.fix().order().stream()
                .map(id -> c.fix().action(id).orElseThrow())
                .filter(h -> !chosen.get(true).contains(h))
                .forEach(h -> lines.line(m.get("summary.fix.missed", h.text())));
        String bestOrder = String.join(
                " \u2192 ",
                c.fix().order().stream()
                        .map(id -> c.fix().action(id).map(ActionOption::text).orElse(id))
                        .toList());
        lines.line(m.get("summary.fix.order", bestOrder), "muted");
    }

    /** The notes written for trainers also help a learner on their own, once they have answered; folded away. */
    private TitledPane trainerNotes(CustomerCase c) {
        Prose notes = new Prose();
        c.trainerNotes().forEach(n -> notes.line("\u2022 " + n));
        TitledPane pane = new TitledPane(m.get("summary.trainer-notes"), notes.flow("summary-details"));
        pane.setId("trainerNotes");
        pane.setExpanded(false);
        return pane;
    }

    private static VBox box(String heading, Node body) {
        VBox box = new VBox(6, Ui.text(heading, "section-title"), body);
        box.getStyleClass().add("reply-box");
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return title;
    }
}
