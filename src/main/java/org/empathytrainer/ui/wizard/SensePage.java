package org.empathytrainer.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.SegmentedButton;
import org.empathytrainer.content.Emotion;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/** Step 2: pick from the shared palette the feelings the customer likely has, and how strongly. */
final class SensePage implements PageView {
    private static final int DEFAULT_INTENSITY = 2;

    private final VBox root;
    private CheckBox first;

    SensePage(AppContext ctx, CaseSession session) {
        Messages m = ctx.messages();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setId("emotions");
        // The feeling and its strengths keep their full width; the description takes what is left and wraps.
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(fixed, fixed, rest);
        int row = 0;
        for (Emotion emotion : ctx.course().emotions().emotions()) {
            CheckBox box = new CheckBox(emotion.label());
            box.setId("emotion-" + emotion.id());
            box.setMnemonicParsing(false);
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setTooltip(new Tooltip(emotion.description()));
            box.setAccessibleHelp(emotion.description());
            SegmentedButton intensity = intensity(m, emotion, session);
            int picked = session.answers().sense().intensity(emotion.id());
            box.setSelected(picked > 0);
            intensity.setDisable(picked == 0);
            box.selectedProperty().addListener((o, was, now) -> {
                session.updateSense(a -> a.with(emotion.id(), now ? DEFAULT_INTENSITY : 0));
                intensity.setDisable(!now);
                select(intensity, now ? DEFAULT_INTENSITY : 0);
            });
            TextFlow description = Prose.paragraph(emotion.description(), "muted");
            grid.addRow(row++, box, intensity, description);
            if (first == null) {
                first = box;
            }
        }
        root = new VBox(
                16,
                Parts.header(m, ctx.course().method().step(Step.SENSE)),
                Parts.section(
                        Ui.text(session.content().sense().prompt(), "section-title"),
                        Prose.paragraph(m.get("sense.how"), "muted"),
                        grid));
    }

    private static SegmentedButton intensity(Messages m, Emotion emotion, CaseSession session) {
        SegmentedButton buttons = new SegmentedButton();
        buttons.setId("intensity-" + emotion.id());
        for (int level = ExpectedFeeling.MIN_INTENSITY; level <= ExpectedFeeling.MAX_INTENSITY; level++) {
            ToggleButton b = new ToggleButton(m.get("sense.intensity." + level));
            b.setId("intensity-" + emotion.id() + "-" + level);
            b.setUserData(level);
            b.setMnemonicParsing(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAccessibleText(
                    m.get("sense.intensity.accessible", emotion.label(), m.get("sense.intensity." + level)));
            buttons.getButtons().add(b);
        }
        select(buttons, session.answers().sense().intensity(emotion.id()));
        // Follow the selection, not clicks: arrow keys move it too. Clicking the selected level off would leave a
        // picked feeling without an intensity, so the level picked stays selected.
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            int picked = session.answers().sense().intensity(emotion.id());
            if (now != null) {
                session.updateSense(a -> a.with(emotion.id(), (Integer) now.getUserData()));
            } else if (picked > 0) {
                select(buttons, picked);
            }
        });
        return buttons;
    }

    private static void select(SegmentedButton buttons, int level) {
        for (int i = 0; i < buttons.getButtons().size(); i++) {
            buttons.getButtons().get(i).setSelected(i + 1 == level);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return first;
    }
}
