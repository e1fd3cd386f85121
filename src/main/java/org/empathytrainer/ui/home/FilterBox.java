package org.empathytrainer.ui.home;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A filter's combo box that costs the home screen's first frame no more than its button. JavaFX's own skin puts the
 * list of choices inside the box so that the screen's styling reaches it and the box can be as wide as its widest
 * choice: four lists, each with its scroll bars and cells, about 11 ms each before the first frame. Here the list is
 * styled when it first opens, and the box is as wide as its widest choice by measuring the choices' text in the box's
 * own font, as the list would (a cell's padding on each side, and room for the list's scroll bar) or as its button
 * would showing that choice (the cell's padding and the arrow), whichever is wider: choosing a choice never makes it
 * wider, and what it shows never feeds back into its width.
 */
final class FilterBox<T> extends ComboBox<T> {
    @Override
    protected Skin<?> createDefaultSkin() {
        return new LightSkin<>(this);
    }

    private static final class LightSkin<T> extends ComboBoxListViewSkin<T> {
        /** A list cell's padding on each side, in ems (modena's {@code .list-cell}). */
        private static final double CELL_PADDING_EM = 0.583;
        /** What JavaFX's skin adds to the widest cell for the list's scroll bar. */
        private static final double SCROLL_BAR = 30;
        /** The list's own padding on each side, in pixels (modena's {@code .list-view}). */
        private static final double LIST_PADDING = 1;

        private final FilterBox<T> box;
        private final Text measure = new Text();
        private Font measuredIn;
        private double widest = -1;

        LightSkin(FilterBox<T> box) {
            super(box);
            this.box = box;
            getChildren().remove(getPopupContent());
            box.getItems().addListener((ListChangeListener<T>) c -> widest = -1);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            Node arrow = getChildren().stream()
                    .filter(n -> n.getStyleClass().contains("arrow-button"))
                    .findFirst()
                    .orElse(null);
            if (!(getDisplayNode() instanceof Labeled cell) || cell.getFont() == null || arrow == null) {
                return super.computePrefWidth(height, top, right, bottom, left);
            }
            Font font = cell.getFont();
            if (widest < 0 || !font.equals(measuredIn)) {
                measuredIn = font;
                widest = 0;
                for (T item : box.getItems()) {
                    widest = Math.max(widest, width(box.getConverter().toString(item), font));
                }
            }
            // The button showing the widest choice: the cell's own padding around its text, then the arrow.
            double cellPadding = cell.prefWidth(-1) - width(cell.getText(), font);
            // Each part rounded up as layout will: else the widest choice loses its last letters to an ellipsis.
            double button = snapSizeX(left)
                    + snapSizeX(cellPadding + widest)
                    + snapSizeX(arrow.prefWidth(-1))
                    + snapSizeX(right);
            double list = widest + 2 * CELL_PADDING_EM * font.getSize() + 2 * LIST_PADDING + SCROLL_BAR;
            return Math.ceil(Math.max(button, list));
        }

        private double width(String text, Font font) {
            measure.setFont(font);
            measure.setText(text == null ? "" : text);
            return measure.getLayoutBounds().getWidth();
        }
    }
}
