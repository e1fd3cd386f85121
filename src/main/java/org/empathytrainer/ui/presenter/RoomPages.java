package org.empathytrainer.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A slide's blocks cut into pages that fit the window: whole blocks where they fit, else paragraphs cut between
 * sentences, else between words. Pieces are measured inside the slide's content box, because their height depends on
 * the styles they get there.
 */
final class RoomPages {
    /** The node property that marks a heading to keep with the unit after it. */
    static final String KEEP_WITH_NEXT = "room-keep-with-next";

    private final VBox content;
    private List<List<Node>> pages = List.of();

    RoomPages(VBox content) {
        this.content = content;
    }

    int count() {
        return pages.size();
    }

    List<Node> get(int page) {
        return pages.get(page);
    }

    /** Cuts {@code units} into pages {@code width} wide and {@code available} high, {@code gap} between blocks. */
    void lay(List<Node> units, double width, double available, double gap) {
        List<Node> fitted = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            // After a heading, the first piece is cut to share a page with it, so the heading is never left alone.
            double first = available;
            if (i > 0 && keepsWithNext(units.get(i - 1))) {
                first = Math.max(available / 4, available - units.get(i - 1).prefHeight(width) - gap);
            }
            fitted.addAll(split(units.get(i), width, available, first));
        }
        // The pieces are measured with their styles, so in the scene.
        content.getChildren().setAll(fitted);
        content.applyCss();
        pages = paginate(fitted, width, available, gap);
    }

    /**
     * A paragraph taller than a page becomes several, cut between sentences (or, for a sentence that alone is too
     * tall, between words); the first piece at most {@code first} high, the others {@code available}.
     */
    private List<Node> split(Node unit, double width, double available, double first) {
        if (unit.prefHeight(width) <= first) {
            return List.of(unit);
        }
        if (unit instanceof RoomOptionRow) {
            return splitOption((RoomOptionRow) unit, width, available, first);
        }
        if (unit instanceof VBox && ((VBox) unit).getChildren().size() == 2) {
            // A bar of the chart: its option, cut as an option is, then the bar on its own.
            List<Node> parts = new ArrayList<>(split(((VBox) unit).getChildren().get(0), width, available, first));
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
        List<Node> parts = pack(whole, probe, queue, width, available, first);
        List<Node> result = new ArrayList<>();
        for (Node part : parts) {
            // A sentence that alone is taller than a page is cut between words.
            double limit = result.isEmpty() ? first : available;
            content.getChildren().add(part);
            part.applyCss();
            boolean tooTall = part.prefHeight(width) > limit && queue == pieces && pieces.size() > 1;
            content.getChildren().remove(part);
            if (tooTall) {
                Label l = (Label) part;
                Label byWords = copy(l, l.getText());
                result.addAll(splitWords(byWords, width, available, limit));
            } else {
                result.add(part);
            }
        }
        return result;
    }

    /** Rows of the same option, each a page high at most; the number only on the first. */
    private List<Node> splitOption(RoomOptionRow row, double width, double available, double first) {
        Label number = row.number();
        Label text = row.text();
        row.getChildren().clear();
        content.getChildren().add(number);
        number.applyCss();
        double numberWidth = number.prefWidth(-1);
        content.getChildren().remove(number);
        double textWidth = width - numberWidth - row.getSpacing();
        List<Node> parts = splitWords(text, textWidth, available, first);
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Label n = RoomOptionRow.number(Integer.parseInt(number.getText()));
            n.setVisible(i == 0);
            Label part = (Label) parts.get(i);
            part.setId(i == 0 ? text.getId() : null);
            rows.add(new RoomOptionRow(n, part));
        }
        return rows;
    }

    private List<Node> splitWords(Label whole, double width, double available, double first) {
        Label probe = copy(whole, "");
        probe.setPrefWidth(width);
        probe.setMaxWidth(width);
        return pack(whole, probe, List.of(whole.getText().split("\\s+")), width, available, first);
    }

    /**
     * Labels like {@code whole} holding {@code pieces} in order, as many to a label as fit in {@code available}
     * height ({@code first} for the first label), measured with {@code probe} in the slide's content.
     */
    private List<Node> pack(
            Label whole, Label probe, List<String> pieces, double width, double available, double first) {
        List<Node> parts = new ArrayList<>();
        content.getChildren().add(probe);
        StringBuilder text = new StringBuilder();
        for (String piece : pieces) {
            String tried = text.length() == 0 ? piece : text + " " + piece;
            probe.setText(tried);
            probe.applyCss();
            if (text.length() > 0 && probe.prefHeight(width) > (parts.isEmpty() ? first : available)) {
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
        if (keepsWithNext(whole)) {
            keepWithNext(l);
        }
        l.getStyleClass().setAll(whole.getStyleClass());
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * Whole units to a page in order; a unit marked {@link #KEEP_WITH_NEXT} (a heading) starts a new page rather than
     * end one alone, when it and the unit after it fit on a page together.
     */
    private static List<List<Node>> paginate(List<Node> units, double width, double available, double gap) {
        List<List<Node>> result = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < units.size(); i++) {
            Node unit = units.get(i);
            double h = unit.prefHeight(width);
            double need = h;
            if (keepsWithNext(unit) && i + 1 < units.size()) {
                double together = h + gap + units.get(i + 1).prefHeight(width);
                need = together <= available ? together : h;
            }
            if (!current.isEmpty() && used + gap + need > available) {
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

    /** Marks {@code node} as a heading, never left alone at the bottom of a page. */
    static void keepWithNext(Node node) {
        node.getProperties().put(KEEP_WITH_NEXT, Boolean.TRUE);
    }

    static boolean keepsWithNext(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(KEEP_WITH_NEXT));
    }
}
