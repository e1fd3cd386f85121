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
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.empathytrainer.practice.TextLimits;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.practice.ToneMatch;
import org.empathytrainer.practice.ToneReport;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The live tone check under a written answer: the text with empathy markers and pitfalls highlighted, then, for
 * each kind found, what the customer hears and what to try instead, pitfalls first. The box it reads never holds
 * more than {@link TextLimits#MAX_ANSWER} characters, which the check reads in well under a millisecond or two, so
 * it runs on every edit without holding up the window, even after a paste.
 */
final class ToneCheckView extends VBox {
    private final Messages m;
    private final ToneCheck check;
    private final ToneFacts facts;
    private final Step step;
    private final TextFlow flow = new TextFlow();
    private final VBox advice = new VBox(4);

    ToneCheckView(Messages m, ToneCheck check, ToneFacts facts, Step step, String id) {
        this.m = m;
        this.check = check;
        this.facts = facts;
        this.step = step;
        setId(id);
        getStyleClass().add("tone-view");
        flow.setId(id + "Text");
        advice.setId(id + "Advice");
        getChildren().addAll(Ui.text(m.get("tone.title"), "section-title"), flow, advice);
    }

    void update(String text) {
        flow.getChildren().clear();
        advice.getChildren().clear();
        ToneReport report = check.report(text, facts, step);
        switch (report.status()) {
            case EMPTY -> note("tone.empty", "toneEmpty");
            case TOO_LONG -> note("tone.too-long", "toneTooLong", TextLimits.MAX_ANSWER);
            case NOT_ENGLISH -> note("tone.not-english", "toneNotEnglish");
            case CHECKED -> show(text, report.findings());
        }
    }

    private void note(String key, String id, Object... args) {
        Label line = Ui.text(m.get(key, args), "muted");
        line.setId(id);
        advice.getChildren().add(line);
    }

    private void show(String text, List<ToneMatch> findings) {
        highlight(text, findings);
        if (findings.isEmpty()) {
            note("tone.none", "toneNone");
            return;
        }
        Map<PhraseGroup, Set<ToneMatch>> found = new LinkedHashMap<>();
        findings.forEach(f ->
                found.computeIfAbsent(f.group(), g -> new LinkedHashSet<>()).add(f));
        // Pitfalls first: they are what the learner should change.
        found.entrySet().stream()
                .sorted((a, b) ->
                        Boolean.compare(b.getKey().pitfall(), a.getKey().pitfall()))
                .forEach(e -> adviceLines(text, e.getKey(), e.getValue()));
    }

    /** The text in pieces: plain, marker, or pitfall, a pitfall winning where findings overlap. */
    private void highlight(String text, List<ToneMatch> findings) {
        byte[] kind = new byte[text.length()];
        for (ToneMatch f : findings) {
            for (int i = f.start(); i < f.end(); i++) {
                kind[i] = (byte) Math.max(kind[i], f.pitfall() ? 2 : 1);
            }
        }
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || kind[i] != kind[from]) {
                String style = kind[from] == 2 ? "tone-pitfall" : kind[from] == 1 ? "tone-marker" : "tone-plain";
                flow.getChildren().add(piece(text.substring(from, i), style));
                from = i;
            }
        }
    }

    private void adviceLines(String text, PhraseGroup group, Set<ToneMatch> matches) {
        String quoted = matches.stream()
                .map(f -> m.get("tone.quote", text.substring(f.start(), f.end())))
                .distinct()
                .collect(Collectors.joining(", "));
        String key = group.pitfall() ? "tone.pitfall" : "tone.marker";
        Label line = Ui.text(
                m.get(key, group.label(), quoted, group.advice()),
                "tone-advice",
                group.pitfall() ? "pitfall" : "marker");
        line.setId("tone-" + group.id());
        advice.getChildren().add(line);
        matches.stream()
                .map(ToneMatch::tryInstead)
                .filter(t -> t != null)
                .findFirst()
                .ifPresent(t -> {
                    Label instead = Ui.text(m.get("tone.try", t), "tone-advice", "try");
                    instead.setId("toneTry-" + group.id());
                    advice.getChildren().add(instead);
                });
    }

    private static Text piece(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }
}
