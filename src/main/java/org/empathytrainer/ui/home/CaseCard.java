package org.empathytrainer.ui.home;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;
import org.empathytrainer.ui.wizard.ChannelNames;

/** A case on the home screen: who the customer is, each step's state and score, and Start / Continue / Review. */
final class CaseCard extends VBox {
    private final Button action;
    private final CustomerCase customerCase;
    private final Optional<CaseProgress> shows;

    CaseCard(Messages m, CustomerCase c, int position, Optional<CaseProgress> progress, Navigator nav) {
        this.customerCase = c;
        this.shows = progress;
        getStyleClass().add("card");
        setId("case-" + c.id());
        boolean started = progress.map(CaseProgress::started).orElse(false);
        boolean completed = progress.map(CaseProgress::completed).orElse(false);
        String label = completed ? m.get("card.review") : started ? m.get("card.continue") : m.get("card.start");
        action = new Button(label);
        action.setId("caseOpen-" + c.id());
        action.getStyleClass().add("primary");
        action.setAccessibleText(label + " " + c.title());
        action.setOnAction(e -> nav.openCase(c.id()));
        FlowPane steps = new FlowPane(6, 6);
        for (Step s : Step.values()) {
            steps.getChildren().add(stepChip(m, s, progress.map(p -> p.step(s)).orElse(StepRecord.NOT_STARTED)));
        }
        HBox buttons = new HBox(8, action);
        if (started) {
            Button restart = new Button(m.get("card.restart"));
            restart.setId("caseRestart-" + c.id());
            restart.setAccessibleText(m.get("card.restart") + " " + c.title());
            restart.setOnAction(e -> nav.restartCase(c.id()));
            buttons.getChildren().add(restart);
        }
        Label who = Ui.text(
                m.get("case.who", c.customer().name(), m.get("channel." + ChannelNames.key(c.channel()))), "muted");
        FlowPane tags = new FlowPane(
                6,
                6,
                HomeView.chip(m.get("difficulty." + c.difficulty().id()), "tag"),
                HomeView.chip(c.industry(), "tag"));
        c.tags().forEach(t -> tags.getChildren().add(HomeView.chip(t, "tag")));
        if (progress.filter(p -> p.started() && p.caseVersion() != c.version()).isPresent()) {
            Label changed = HomeView.chip(m.get("card.changed"), "changed");
            changed.setId("caseChanged-" + c.id());
            tags.getChildren().add(changed);
        }
        getChildren()
                .addAll(
                        Ui.text(m.get("card.position", position), "eyebrow"),
                        Ui.text(c.title(), "card-title"),
                        who,
                        Ui.text(c.summary(), "body-text"),
                        tags,
                        steps);
        progress.filter(CaseProgress::completed)
                .flatMap(p -> {
                    var score = p.score();
                    return score.isPresent() ? Optional.of(score.getAsDouble()) : Optional.empty();
                })
                .ifPresent(score -> getChildren().add(Ui.text(m.get("card.score", m.percent(score)), "eyebrow")));
        getChildren().add(buttons);
    }

    private static Label stepChip(Messages m, Step step, StepRecord record) {
        String name = m.get("step.short." + step.id());
        if (record.status() == StepStatus.DONE) {
            Label chip = HomeView.chip(m.get("card.step.done", step.number(), name, m.percent(record.score())), "done");
            chip.setAccessibleText(m.get("card.step.done.accessible", step.number(), name, m.percent(record.score())));
            return chip;
        }
        boolean inProgress = record.status() == StepStatus.IN_PROGRESS;
        Label chip = HomeView.chip(m.get("card.step", step.number(), name), inProgress ? "in-progress" : "not-started");
        chip.setAccessibleText(m.get(
                inProgress ? "card.step.in-progress.accessible" : "card.step.todo.accessible", step.number(), name));
        return chip;
    }

    Button action() {
        return action;
    }

    CustomerCase customerCase() {
        return customerCase;
    }

    /** The learner's progress the card was made from. */
    Optional<CaseProgress> shows() {
        return shows;
    }
}
