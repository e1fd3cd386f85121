package org.empathytrainer.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.StepRecord;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.ui.kit.Messages;

/**
 * The wizard's steps in a row (wrapping at large text sizes): 1 Place, 2 Sense, 3 Discuss, 4 Fix, Summary. Shows the
 * current page and which steps are done; a page the learner has reached can be revisited with a click or Space. Kept
 * from case to case with the wizard's frame: {@link #show} gives it the case opened.
 */
final class StepIndicator extends FlowPane {
    private final Map<WizardPage, ToggleButton> buttons = new EnumMap<>(WizardPage.class);
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private final ToggleGroup group = new ToggleGroup();
    private final Messages m;
    private CaseSession session;

    StepIndicator(Messages m) {
        super(6, 6);
        this.m = m;
        setId("stepIndicator");
        getStyleClass().add("step-indicator");
        for (WizardPage page : WizardPage.values()) {
            ToggleButton b = new ToggleButton(label(page));
            b.setId("indicator-" + page.name().toLowerCase());
            b.setMnemonicParsing(false);
            b.setOnAction(e -> {
                if (session == null) {
                    return;
                }
                if (page != session.page() && session.canVisit(page)) {
                    session.goTo(page);
                } else {
                    render();
                }
            });
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.put(page, b);
            getChildren().add(b);
        }
    }

    /** Shows where the learner is in {@code shown}, the case now open. */
    void show(CaseSession shown) {
        session = shown;
        render();
    }

    /** Lets go of the case left; its buttons do nothing until the next is shown. */
    void clear() {
        session = null;
    }

    void render() {
        for (Map.Entry<WizardPage, ToggleButton> e : buttons.entrySet()) {
            WizardPage page = e.getKey();
            ToggleButton b = e.getValue();
            boolean done = page.step()
                    .map(s -> session.progress().step(s).done())
                    .orElse(session.progress().completed());
            b.setSelected(page == session.page());
            b.setDisable(!session.canVisit(page));
            b.setText((done ? "\u2713 " : "") + label(page));
            // A pseudo-class, not a style class: changing a style class has JavaFX match the whole sheet again.
            b.pseudoClassStateChanged(DONE, done);
            b.setAccessibleText(accessible(page, done));
        }
    }

    private String label(WizardPage page) {
        return page.step()
                .map(s -> m.get("indicator.step", s.number(), m.get("step.short." + s.id())))
                .orElse(m.get("indicator.summary"));
    }

    private String accessible(WizardPage page, boolean done) {
        String state = page == session.page()
                ? m.get("indicator.state.current")
                : done
                        ? m.get("indicator.state.done")
                        : session.canVisit(page) ? m.get("indicator.state.open") : m.get("indicator.state.locked");
        String score = page.step()
                .map(s -> session.progress().step(s))
                .filter(StepRecord::done)
                .map(r -> ", " + m.percent(r.score()))
                .orElse("");
        return label(page) + ", " + state + score;
    }
}
