package org.empathytrainer.ui.presenter;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Messages;

/**
 * How the room's window draws a slide: its nodes (eyebrow, title, content, and the blank that hides them), the type
 * sized to the window (the root font is a thirtieth of its height, times the text size), and the slide cut into pages
 * that fit. {@link RoomView} decides which slide and page to show; this lays them out.
 */
final class RoomSlideLayout {
    private final Messages m;
    private final RoomNodes nodes;
    private final StackPane root = new StackPane();
    private final VBox frame = new VBox();
    private final Label eyebrow = new Label();
    private final Label title = new Label();
    private final VBox content = new VBox();
    private final Region blank = new Region();
    private final RoomPages pages = new RoomPages(content);
    /** What the current pages were laid out for; moving between them needs no new layout. */
    private List<Object> laidOut;

    private double scale = 1;

    RoomSlideLayout(Messages m, Presentation presentation) {
        this.m = m;
        this.nodes = new RoomNodes(m, presentation);
        eyebrow.setId("roomEyebrow");
        eyebrow.getStyleClass().add("room-eyebrow");
        title.setId("roomTitle");
        title.getStyleClass().add("room-title");
        title.setWrapText(true);
        eyebrow.setWrapText(true);
        // Pages are cut to fit, so a heading is never squeezed into an ellipsis.
        title.setMinHeight(Region.USE_PREF_SIZE);
        eyebrow.setMinHeight(Region.USE_PREF_SIZE);
        content.setId("roomContent");
        content.getStyleClass().add("room-content");
        frame.getStyleClass().add("room-frame");
        frame.getChildren().setAll(eyebrow, title, content);
        blank.setId("roomBlank");
        blank.getStyleClass().add("presenter-blank");
        blank.setVisible(false);
        root.setId("roomView");
        root.getStyleClass().add("room-view");
        root.getChildren().setAll(frame, blank);
    }

    StackPane root() {
        return root;
    }

    /** Forgets the layout, as when the window's size or the tally changed: the next render lays out afresh. */
    void invalidate() {
        laidOut = null;
    }

    void setScale(double factor) {
        scale = factor;
    }

    boolean blanked() {
        return blank.isVisible();
    }

    void toggleBlank() {
        blank.setVisible(!blank.isVisible());
    }

    int pageCount() {
        return pages.count();
    }

    /**
     * Lays out slide {@code s} (number {@code index}) for the window's size, unless it is laid out already, and shows
     * page {@code page} of it.
     *
     * @return the page shown: {@code page}, or the last one if the slide now has fewer; {@code page} when the window
     *     has no size yet
     */
    int render(RoomSlide s, int index, boolean revealed, int page) {
        Scene scene = root.getScene();
        if (scene == null) {
            return page;
        }
        double height = scene.getHeight();
        double width = scene.getWidth();
        if (height <= 0 || width <= 0) {
            return page;
        }
        List<Object> layout = List.of(index, revealed, width, height, scale);
        if (layout.equals(laidOut)) {
            return showPage(s, page);
        }
        laidOut = layout;
        title.setText(revealed && s.ballot().isPresent() ? m.get("room.result") : s.title());
        List<Node> units = nodes.units(s, revealed);
        content.getChildren().setAll(units);
        // Measured with the longest page marker it may get.
        eyebrow.setText(s.eyebrow() + " · " + m.get("room.page", 88, 88));
        double factor =
                RoomFit.factor(scale, width, height, title.getFont().getFamily(), eyebrow.getText(), title.getText());
        double font = height / RoomFit.LINES_PER_SCREEN * factor;
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", font));
        root.applyCss();
        double padX = font * 1.6;
        double padY = font * 0.9;
        frame.setStyle(
                String.format(Locale.ROOT, "-fx-padding: %.1fpx %.1fpx; -fx-spacing: %.1fpx;", padY, padX, font * 0.5));
        content.setSpacing(font * 0.55);
        double inner = width - 2 * padX;
        double available =
                height - 2 * padY - eyebrow.prefHeight(inner) - title.prefHeight(inner) - 2 * font * 0.5 - font * 1.2;
        pages.lay(units, inner, available, font * 0.55);
        return showPage(s, page);
    }

    /** Shows page {@code page} of the slide as laid out (the last, if it has fewer); returns the page shown. */
    private int showPage(RoomSlide s, int page) {
        int shown = Math.min(page, pages.count() - 1);
        String marker = pages.count() > 1 ? " · " + m.get("room.page", shown + 1, pages.count()) : "";
        eyebrow.setText(s.eyebrow() + marker);
        content.getChildren().setAll(pages.get(shown));
        return shown;
    }
}
