package org.empathytrainer.ui.wizard;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.empathytrainer.content.PhraseGroup;
import org.empathytrainer.practice.TextLimits;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.practice.ToneMatch;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The live tone check under a written answer: the text with empathy markers and pitfalls highlighted, then, for
 * each kind found, what the customer hears and what to do about it.
 */
final class ToneCheckView extends VBox {
    private final Messages m;
    private final ToneCheck check;
    private final TextFlow flow = new TextFlow();
    private final VBox advice = new VBox(4);

    ToneCheckView(Messages m, ToneCheck check, String id) {
        this.m = m;
        this.check = check;
        setId(id);
        getStyleClass().add("tone-view");
        flow.setId(id + "Text");
        advice.setId(id + "Advice");
        getChildren().addAll(Ui.text(m.get("tone.title"), "section-title"), flow, advice);
    }

    void update(String text) {
        flow.getChildren().clear();
        advice.getChildren().clear();
        if (text.isBlank()) {
            advice.getChildren().add(Ui.text(m.get("tone.empty"), "muted"));
            return;
        }
        if (TextLimits.tooLong(text)) {
            advice.getChildren().add(Ui.text(m.get("tone.too-long", TextLimits.MAX_ANSWER), "muted"));
            return;
        }
        List<ToneMatch> matches = check.check(text);
        int at = 0;
        Map<PhraseGroup, Set<String>> found = new LinkedHashMap<>();
        for (ToneMatch match : matches) {
            flow.getChildren().add(piece(text.substring(at, match.start()), "tone-plain"));
            String phrase = text.substring(match.start(), match.end());
            flow.getChildren().add(piece(phrase, match.pitfall() ? "tone-pitfall" : "tone-marker"));
            found.computeIfAbsent(match.group(), g -> new LinkedHashSet<>()).add(phrase);
            at = match.end();
        }
        flow.getChildren().add(piece(text.substring(at), "tone-plain"));
        if (found.isEmpty()) {
            advice.getChildren().add(Ui.text(m.get("tone.none"), "muted"));
        }
        // Pitfalls first: they are what the learner should change.
        found.entrySet().stream()
                .sorted((a, b) ->
                        Boolean.compare(b.getKey().pitfall(), a.getKey().pitfall()))
                .forEach(e -> advice.getChildren().add(adviceLine(e.getKey(), e.getValue())));
    }

    private Label adviceLine(PhraseGroup group, Set<String> phrases) {
        String quoted = phrases.stream().map(p -> m.get("tone.quote", p)).collect(Collectors.joining(", "));
        String key = group.pitfall() ? "tone.pitfall" : "tone.marker";
        Label line = Ui.text(
                m.get(key, group.label(), quoted, group.advice()),
                "tone-advice",
                group.pitfall() ? "pitfall" : "marker");
        line.setId("tone-" + group.id());
        return line;
    }

    private static Text piece(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }
}
