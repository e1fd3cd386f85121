package org.empathytrainer.ui.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Read-only passages set as runs of {@link Text} in one {@link TextFlow}, for the screens that are mostly prose (the
 * case's conversation, a summary's details). A label is a control with a skin and a text node of its own; on opening a
 * case, styling and laying out a paragraph as a label cost about twice as much as the same paragraph as a text run.
 * Labels stay where a text is a control's caption or something the keyboard reaches.
 */
public final class Prose {
    /** The style class of every run, which the style sheets colour (a text run is filled, not text-filled). */
    public static final String STYLE = "prose";

    private final List<Text> runs = new ArrayList<>();

    /** A text flow that remembers its height for the last widths it was measured at; see {@link HeightCache}. */
    public static final class Flow extends TextFlow {
        private final HeightCache prefHeights = new HeightCache();
        private final HeightCache minHeights = new HeightCache();

        public Flow(Text... runs) {
            super(runs);
        }

        @Override
        protected double computePrefHeight(double width) {
            return prefHeights.height(width, super::computePrefHeight);
        }

        @Override
        protected double computeMinHeight(double width) {
            return minHeights.height(width, super::computeMinHeight);
        }

        @Override
        public void requestLayout() {
            // Also called from TextFlow's constructor, before this class's fields exist.
            if (prefHeights != null) {
                prefHeights.clear();
                minHeights.clear();
            }
            super.requestLayout();
        }
    }

    /** A run of text; lines end where the text has a line break. */
    public static Text run(String text, String... styles) {
        Text run = new Text(text);
        run.getStyleClass().add(STYLE);
        run.getStyleClass().addAll(styles);
        return run;
    }

    /** A paragraph of its own: {@code text} in one run with the given style classes, in a flow that wraps it. */
    public static TextFlow paragraph(String text, String... styles) {
        return new Prose().line(text, styles).flow();
    }

    /** Adds {@code text} as a line of its own, below what is there. */
    public Prose line(String text, String... styles) {
        runs.add(run(runs.isEmpty() ? text : "\n" + text, styles));
        return this;
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** The passage: the lines in one flow, which wraps them to its width. */
    public TextFlow flow(String... styles) {
        TextFlow flow = new Flow(runs.toArray(new Text[0]));
        flow.getStyleClass().add("prose-flow");
        flow.getStyleClass().addAll(styles);
        return flow;
    }
}
