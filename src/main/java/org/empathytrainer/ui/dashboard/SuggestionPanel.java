package org.empathytrainer.ui.dashboard;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.DashboardSummary;
import org.empathytrainer.practice.StepMastery;
import org.empathytrainer.practice.Suggestion;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The weakest step and the case to practise it with: "Your weakest step is Sense (52 %). Practise it with Case 4,
 * ...", and a button that opens that case, starting it over when the current attempt has done the step already.
 */
final class SuggestionPanel extends VBox {
    private final Button practise;

    SuggestionPanel(Texts t, DashboardSummary summary, Navigator nav) {
        Messages m = t.messages();
        getStyleClass().addAll("why-box", "suggestion-panel");
        setId("suggestionPanel");
        Optional<StepMastery> weakest = summary.weakest();
        if (weakest.isEmpty()) {
            Label none = Ui.text(m.get("dashboard.weakest.none"), "body-text");
            none.setId("weakestStep");
            getChildren().add(none);
            practise = null;
            return;
        }
        StepMastery w = weakest.get();
        Label heading = Ui.text(m.get("dashboard.weakest", t.step(w.step()), t.percent(w.mastery())), "section-title");
        heading.setId("weakestStep");
        getChildren().add(heading);
        Optional<Suggestion> suggestion = summary.suggestion();
        if (suggestion.isEmpty()) {
            practise = null;
            return;
        }
        Suggestion s = suggestion.get();
        Label why = Ui.text(reason(t, s), "body-text");
        why.setId("suggestionText");
        getChildren().add(why);
        if (s.startOver()) {
            getChildren().add(Ui.text(m.get("dashboard.suggest.start-over"), "muted"));
        }
        practise = new Button(m.get("dashboard.practise"));
        practise.setId("practiseSuggested");
        practise.getStyleClass().add("primary");
        practise.setMnemonicParsing(true);
        practise.setMinWidth(Button.USE_PREF_SIZE);
        practise.setAccessibleText(m.get("dashboard.practise.accessible", t.step(w.step()), t.caseName(s.caseRef())));
        String caseId = s.caseRef().id();
        practise.setOnAction(e -> {
            if (s.startOver()) {
                nav.restartCase(caseId);
            } else {
                nav.openCase(caseId);
            }
        });
        getChildren().add(practise);
    }

    private static String reason(Texts t, Suggestion s) {
        Messages m = t.messages();
        int position = s.caseRef().position();
        String title = s.caseRef().title();
        switch (s.reason()) {
            case NOT_TRIED:
                return m.get("dashboard.suggest.not-tried", position, title);
            case NOT_REACHED:
                return m.get(
                        "dashboard.suggest.not-reached",
                        position,
                        title,
                        t.step(s.weakest().step()));
            case LOWEST_SCORE:
                return m.get("dashboard.suggest.lowest", position, title, t.percent(s.lastScore()));
            default:
                throw new IllegalArgumentException(s.reason().toString());
        }
    }

    /** The Practise button, when there is a case to suggest. */
    Optional<Button> practise() {
        return Optional.ofNullable(practise);
    }
}
