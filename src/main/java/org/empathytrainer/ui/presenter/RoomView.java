package org.empathytrainer.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.presenter.RoomSlide.Block;

/**
 * The room's window: no app chrome, type sized to its screen (the root font is a thirtieth of the window's height,
 * times the text size), one slide at a time, split into pages that Page Down steps through rather than a scroll bar.
 * Page Down at the end of a slide reveals its answers first, then moves on, so a clicker alone runs the lesson.
 */
final class RoomView {
    /** What the room's keys do beyond the slides. */
    interface Keys {
        void leave();

        void console();

        void swap();
    }

    private static final String CSS = "/org/empathytrainer/css/";
    private static final double LINES_PER_SCREEN = 30;

    private final Messages m;
    private final Presentation presentation;
    private final List<RoomSlide> slides;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final StackPane root = new StackPane();
    private final VBox frame = new VBox();
    private final Label eyebrow = new Label();
    private final Label title = new Label();
    private final VBox content = new VBox();
    private final Region blank = new Region();
    private final InvalidationListener rerender = o -> render();
    private List<List<Node>> pages = List.of();
    private int slide;
    private int page;
    private double scale = 1;

    RoomView(Messages m, Presentation presentation, List<RoomSlide> slides, Keys keys) {
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("A lesson needs at least one slide");
        }
        this.m = m;
        this.presentation = presentation;
        this.slides = List.copyOf(slides);
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
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().setAll(CSS + "projector.css", CSS + "base.css", CSS + "room-view.css");
        scene.getStylesheets().replaceAll(s -> RoomView.class.getResource(s).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = action(e, keys);
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        scene.heightProperty().addListener(rerender);
        scene.widthProperty().addListener(rerender);
        stage.setScene(scene);
        stage.setTitle(m.get("room.window-title"));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        presentation.tallyProperty().addListener(rerender);
    }

    private Runnable action(KeyEvent e, Keys keys) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return null;
        }
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            int n = code.getName().charAt(code.getName().length() - 1) - '0';
            if (n == 0) {
                return unlessBlank(presentation::clearVotes);
            }
            return unlessBlank(() -> presentation.vote(n, e.isShiftDown() ? -1 : 1));
        }
        switch (code) {
            case PAGE_DOWN:
            case RIGHT:
            case DOWN:
            case SPACE:
            case ENTER:
                return unlessBlank(this::next);
            case PAGE_UP:
            case LEFT:
            case UP:
            case BACK_SPACE:
                return unlessBlank(this::back);
            case R:
                return unlessBlank(this::reveal);
            case B:
            case PERIOD:
                return this::toggleBlank;
            case ESCAPE:
                return keys::leave;
            case N:
                return keys::console;
            case S:
                return keys::swap;
            default:
                return null;
        }
    }

    private Runnable unlessBlank(Runnable action) {
        return () -> {
            if (!blank.isVisible()) {
                action.run();
            }
        };
    }

    /** Opens the room's window covering {@code screen}, full screen, at the first slide. */
    void show(Rectangle2D screen) {
        open(screen, true);
    }

    /** Opens the window over {@code screen}, full screen or not (a test sizes it as a screen would be). */
    void open(Rectangle2D screen, boolean fullScreen) {
        place(screen);
        go(0, false);
        stage.show();
        stage.setFullScreen(fullScreen);
        render();
    }

    /** Goes straight to slide {@code index}, its answers hidden. */
    void goTo(int index) {
        go(index, false);
    }

    int slideCount() {
        return slides.size();
    }

    /** Moves the window to {@code screen}, covering it (full screen again if it was). */
    void place(Rectangle2D screen) {
        boolean full = stage.isFullScreen();
        // Undecorated and the screen's size: without a window manager to grant full screen, it still covers it.
        Runnable move = () -> {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        };
        if (!full) {
            move.run();
            return;
        }
        stage.setFullScreen(false);
        move.run();
        // A window manager restores the size from before full screen when it gets round to it: move again after.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> {
            move.run();
            stage.setFullScreen(true);
        });
        settle.play();
    }

    void close() {
        presentation.tallyProperty().removeListener(rerender);
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    boolean blanked() {
        return blank.isVisible();
    }

    void toggleBlank() {
        blank.setVisible(!blank.isVisible());
    }

    /** The text size, as a factor (1 for 100 %), on top of the size from the window's height. */
    void setScale(double factor) {
        scale = factor;
        render();
    }

    RoomSlide current() {
        return slides.get(slide);
    }

    int page() {
        return page;
    }

    int pageCount() {
        return pages.size();
    }

    /** The next page, or the answers at the end of a slide that has some, or the next slide. */
    void next() {
        if (page < pages.size() - 1) {
            page++;
            render();
        } else if (current().revealable() && !presentation.revealed()) {
            reveal();
        } else if (slide < slides.size() - 1) {
            go(slide + 1, false);
        }
    }

    /** The page before; before the first page of the answers, the question again; then the slide before. */
    void back() {
        if (page > 0) {
            page--;
            render();
        } else if (presentation.revealed()) {
            go(slide, false);
            page = Math.max(0, pages.size() - 1);
            render();
        } else if (slide > 0) {
            go(slide - 1, false);
            page = Math.max(0, pages.size() - 1);
            render();
        }
    }

    void reveal() {
        if (current().revealable() && !presentation.revealed()) {
            presentation.reveal();
            page = 0;
            render();
        }
    }

    private void go(int index, boolean revealed) {
        slide = index;
        page = 0;
        RoomSlide s = current();
        presentation.turnPage();
        s.ballot().ifPresent(presentation.ballotProperty()::set);
        if (revealed) {
            presentation.reveal();
        }
        String next = index + 1 < slides.size() ? headline(slides.get(index + 1)) : "";
        presentation.cueProperty().set(new Cue(headline(s), next, s.notes()));
        render();
    }

    private String headline(RoomSlide s) {
        return m.get("room.headline", slides.indexOf(s) + 1, slides.size(), s.eyebrow(), s.title());
    }

    /** Lays out the current slide's pages for the window's size, and shows the current page. */
    void render() {
        Scene scene = stage.getScene();
        double height = scene.getHeight();
        double width = scene.getWidth();
        if (height <= 0 || width <= 0) {
            return;
        }
        double font = height / LINES_PER_SCREEN * scale;
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", font));
        RoomSlide s = current();
        boolean revealed = presentation.revealed();
        title.setText(revealed && s.ballot().isPresent() ? m.get("room.result") : s.title());
        List<Node> units = new ArrayList<>();
        if (revealed) {
            s.ballot().ifPresent(b -> units.addAll(chart(b)));
            s.revealed().forEach(b -> units.add(block(b)));
        } else {
            s.shown().forEach(b -> units.add(block(b)));
        }
        content.getChildren().setAll(units);
        // Measured with the longest page marker it may get.
        eyebrow.setText(s.eyebrow() + " · " + m.get("room.page", 88, 88));
        root.applyCss();
        double padX = font * 1.6;
        double padY = font * 0.9;
        frame.setStyle(
                String.format(Locale.ROOT, "-fx-padding: %.1fpx %.1fpx; -fx-spacing: %.1fpx;", padY, padX, font * 0.5));
        content.setSpacing(font * 0.55);
        double inner = width - 2 * padX;
        double available =
                height - 2 * padY - eyebrow.prefHeight(inner) - title.prefHeight(inner) - 2 * font * 0.5 - font * 1.2;
        List<Node> fitted = new ArrayList<>();
        for (Node unit : units) {
            fitted.addAll(split(unit, inner, available));
        }
        // The pieces are measured with their styles, so in the scene.
        content.getChildren().setAll(fitted);
        content.applyCss();
        pages = paginate(fitted, inner, available, font * 0.55);
        page = Math.min(page, pages.size() - 1);
        String marker = pages.size() > 1 ? " · " + m.get("room.page", page + 1, pages.size()) : "";
        eyebrow.setText(s.eyebrow() + marker);
        content.getChildren().setAll(pages.get(page));
    }

    /**
     * A paragraph taller than a page becomes several, cut between sentences (or, for a sentence that alone is too
     * tall, between words).
     */
    private List<Node> split(Node unit, double width, double available) {
        if (unit.prefHeight(width) <= available) {
            return List.of(unit);
        }
        if (unit instanceof OptionRow) {
            return ((OptionRow) unit).split(this, width, available);
        }
        if (unit instanceof VBox && ((VBox) unit).getChildren().size() == 2) {
            // A bar of the chart: its option, cut as an option is, then the bar on its own.
            List<Node> parts = new ArrayList<>(split(((VBox) unit).getChildren().get(0), width, available));
            parts.add(((VBox) unit).getChildren().get(1));
            return parts;
        }
        if (!(unit instanceof Label)) {
            return List.of(unit);
        }
        Label whole = (Label) unit;
        String[] words = whole.getText().split("\\s+");
        List<String> pieces = new ArrayList<>(List.of(whole.getText().split("(?<=[.!?…])\\s+")));
        Label probe = new Label();
        probe.getStyleClass().setAll(whole.getStyleClass());
        probe.setWrapText(true);
        List<String> queue = pieces.size() > 1 ? pieces : List.of(words);
        List<Node> parts = pack(whole, probe, queue, width, available);
        List<Node> result = new ArrayList<>();
        for (Node part : parts) {
            // A sentence that alone is taller than a page is cut between words.
            content.getChildren().add(part);
            part.applyCss();
            boolean tooTall = part.prefHeight(width) > available && queue == pieces && pieces.size() > 1;
            content.getChildren().remove(part);
            if (tooTall) {
                Label l = (Label) part;
                Label byWords = copy(l, l.getText());
                result.addAll(splitWords(byWords, width, available));
            } else {
                result.add(part);
            }
        }
        return result;
    }

    private List<Node> splitWords(Label whole, double width, double available) {
        Label probe = copy(whole, "");
        probe.setPrefWidth(width);
        probe.setMaxWidth(width);
        return pack(whole, probe, List.of(whole.getText().split("\\s+")), width, available);
    }

    /**
     * Labels like {@code whole} holding {@code pieces} in order, as many to a label as fit in {@code available}
     * height, measured with {@code probe} in the slide's content.
     */
    private List<Node> pack(Label whole, Label probe, List<String> pieces, double width, double available) {
        List<Node> parts = new ArrayList<>();
        content.getChildren().add(probe);
        StringBuilder text = new StringBuilder();
        for (String piece : pieces) {
            String tried = text.length() == 0 ? piece : text + " " + piece;
            probe.setText(tried);
            probe.applyCss();
            if (text.length() > 0 && probe.prefHeight(width) > available) {
                parts.add(copy(whole, text.toString()));
                text.setLength(0);
                text.append(piece);
            } else {
                text.setLength(0);
                text.append(tried);
            }
        }
        if (text.length() > 0) {
            parts.add(copy(whole, text.toString()));
        }
        content.getChildren().remove(probe);
        return parts;
    }

    private static Label copy(Label whole, String text) {
        Label l = new Label(text);
        l.getStyleClass().setAll(whole.getStyleClass());
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static List<List<Node>> paginate(List<Node> units, double width, double available, double gap) {
        List<List<Node>> result = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        for (Node unit : units) {
            double h = unit.prefHeight(width);
            if (!current.isEmpty() && used + gap + h > available) {
                result.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            used += (current.isEmpty() ? 0 : gap) + h;
            current.add(unit);
        }
        result.add(current);
        return result;
    }

    private Node block(Block b) {
        Label text = new Label(b.text());
        text.setWrapText(true);
        text.getStyleClass().add("room-" + b.style().name().toLowerCase(Locale.ROOT));
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (b.number() == 0) {
            return text;
        }
        text.setId("roomOption-" + b.number());
        return new OptionRow(number(b.number()), text);
    }

    /**
     * A number and its wrapped text side by side. HBox asks a wrapping label for its height at the row's whole
     * width, which is too little; this row asks at the width the text really gets, so pages are cut right.
     */
    private static final class OptionRow extends HBox {
        private final Label number;
        private final Label text;

        OptionRow(Label number, Label text) {
            super(number, text);
            this.number = number;
            this.text = text;
            getStyleClass().add("room-option-row");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinWidth(0);
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width < 0 ? getWidth() : width;
            double textWidth = w - snappedLeftInset() - snappedRightInset() - number.prefWidth(-1) - getSpacing();
            return snappedTopInset()
                    + snappedBottomInset()
                    + Math.max(number.prefHeight(-1), text.prefHeight(Math.max(1, textWidth)));
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        /** Rows of the same option, each a page high at most; the number only on the first. */
        List<Node> split(RoomView view, double width, double available) {
            getChildren().clear();
            view.content.getChildren().add(number);
            number.applyCss();
            double numberWidth = number.prefWidth(-1);
            view.content.getChildren().remove(number);
            double textWidth = width - numberWidth - getSpacing();
            List<Node> parts = view.splitWords(text, textWidth, available);
            List<Node> rows = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Label n = number(Integer.parseInt(number.getText()));
                n.setVisible(i == 0);
                Label part = (Label) parts.get(i);
                part.setId(i == 0 ? text.getId() : null);
                rows.add(new OptionRow(n, part));
            }
            return rows;
        }
    }

    private static Label number(int n) {
        Label number = new Label(Integer.toString(n));
        number.getStyleClass().add("room-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        return number;
    }

    /** The room's votes, one full-width bar per option, the best answer marked. */
    private List<Node> chart(Ballot ballot) {
        List<Integer> counts = presentation.tally().counts(ballot);
        int most = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(0));
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < ballot.options().size(); i++) {
            int number = i + 1;
            boolean best = number == ballot.rightNumber();
            Label text = new Label(
                    best
                            ? m.get("room.chart.best", ballot.options().get(i).text())
                            : ballot.options().get(i).text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add(best ? "room-answer" : "room-body");
            Region bar = new Region();
            bar.getStyleClass().addAll("room-bar", best ? "room-bar-best" : "room-bar-other");
            int count = counts.get(i);
            Label votes = new Label(m.get("room.chart.votes", count));
            votes.setId("roomVotes-" + number);
            votes.getStyleClass().add("room-count");
            votes.setMinWidth(Region.USE_PREF_SIZE);
            HBox barRow = new HBox(bar, votes);
            barRow.getStyleClass().add("room-bar-row");
            bar.prefWidthProperty()
                    .bind(barRow.widthProperty()
                            .subtract(votes.widthProperty())
                            .subtract(24)
                            .multiply(count / (double) most));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            VBox row = new VBox(new OptionRow(number(number), text), barRow);
            row.getStyleClass().add("room-chart-row");
            row.setId("roomChart-" + number);
            rows.add(row);
        }
        return rows;
    }
}
