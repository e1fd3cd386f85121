package org.empathytrainer.ui.home;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The cases in course order, as cards, under the filters and the search box, with the number that match; a line
 * says so when none does. The filters and the search narrow the list of cases, and only the first {@value #PAGE}
 * matches get cards; more are made a page at a time as the learner scrolls to the end or presses "Show more", so a
 * course of thousands of cases costs what is on screen. A card once made is kept for when it is shown again.
 *
 * <p>When the list is first made, only the first card goes in at once (for the focus, when there is no story); the
 * screen {@linkplain #placeWithin places} the ones its opening view shows before its first frame is drawn, and the
 * rest of the page {@linkplain #placeRest right after}: on a returning learner's start, the cards below the fold
 * would otherwise be styled and laid out before the window appears.
 */
final class CaseList extends VBox {
    /** How many cards are made at a time: more than the course's own cases, so they all show at once. */
    static final int PAGE = 24;

    private final List<CaseEntry> all = new ArrayList<>();
    private final Map<String, CaseCard> made = new HashMap<>();
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label count;
    private final Label none;
    private final HBox empty;
    private final Button more;
    private final CaseFilter filter;
    private final AppContext ctx;
    private final Navigator nav;
    private List<CaseEntry> matching = List.of();
    private int shown;
    /** How many of the first {@link #shown} matches have their card in the pane: fewer only until the first frame. */
    private int placed;

    CaseList(AppContext ctx, Navigator nav) {
        super(12);
        this.ctx = ctx;
        this.nav = nav;
        Messages m = ctx.messages();
        List<CustomerCase> cases = ctx.course().cases();
        for (int i = 0; i < cases.size(); i++) {
            all.add(CaseEntry.of(cases.get(i), i + 1));
        }
        cards.setId("caseCards");
        count = Ui.text("", "muted");
        count.setId("caseCount");
        none = Ui.text(m.get("home.cases.none"), "muted");
        none.setId("noCaseMatches");
        Button clear = new Button(m.get("home.cases.clear"));
        clear.setId("clearCaseFilters");
        empty = new HBox(12, none, clear);
        empty.setAlignment(Pos.CENTER_LEFT);
        more = new Button();
        more.setId("caseMore");
        more.setOnAction(e -> {
            Node first = showMore();
            if (first != null) {
                first.requestFocus();
            }
        });
        filter = new CaseFilter(m, cases, () -> filterTo(PAGE));
        clear.setOnAction(e -> {
            filter.clear();
            filter.search().requestFocus();
        });
        filter.search().setOnKeyPressed(e -> {
            Node first = firstAction();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) && first != null) {
                first.requestFocus();
                e.consume();
            }
        });
        getChildren().addAll(filter, count, empty, cards, more);
        filterTo(1);
    }

    /**
     * Puts in the next row of held-back cards if the pane's end so far is above {@code bottom} (a height in the scene,
     * the foot of what the screen shows); true when it did, so the caller lays them out and asks again.
     */
    boolean placeWithin(double bottom) {
        if (placed >= shown) {
            return false;
        }
        List<Node> children = cards.getChildren();
        Node last = children.isEmpty() ? cards : children.get(children.size() - 1);
        if (last.localToScene(last.getLayoutBounds()).getMaxY() >= bottom) {
            return false;
        }
        double gap = cards.getHgap();
        double width =
                children.isEmpty() ? 0 : children.get(0).getLayoutBounds().getWidth();
        int perRow = width <= 0 ? 1 : Math.max(1, (int) ((cards.getWidth() + gap) / (width + gap)));
        // To the end of the row the next card starts, so that a row in view is never half made.
        place(Math.min(shown, (placed / perRow + 1) * perRow));
        return true;
    }

    /** Puts in every card of the page still held back; nothing once they all are. */
    void placeRest() {
        place(shown);
    }

    private void place(int to) {
        if (to > placed) {
            cards.getChildren()
                    .addAll(matching.subList(placed, to).stream()
                            .map(this::card)
                            .collect(Collectors.toList()));
            placed = to;
        }
    }

    private CaseCard card(CaseEntry e) {
        return made.computeIfAbsent(e.id(), id -> make(e));
    }

    private CaseCard make(CaseEntry e) {
        return new CaseCard(
                ctx.messages(),
                e.customerCase(),
                e.position(),
                ctx.keeper().progress().caseProgress(e.id()),
                nav);
    }

    /**
     * Makes again the cards whose case the learner's progress has moved on since, each in its place; the others, and
     * the filters, stay as they are.
     */
    void refresh() {
        for (CaseEntry e : all) {
            CaseCard old = made.get(e.id());
            if (old != null && !old.shows().equals(ctx.keeper().progress().caseProgress(e.id()))) {
                CaseCard again = make(e);
                made.put(e.id(), again);
                int at = cards.getChildren().indexOf(old);
                if (at >= 0) {
                    cards.getChildren().set(at, again);
                }
            }
        }
    }

    /** The button of the first card shown, or null when no case matches. */
    Node firstAction() {
        return cards.getChildren().isEmpty()
                ? null
                : ((CaseCard) cards.getChildren().get(0)).action();
    }

    /** Whether some cases that match have no card on screen yet. */
    boolean hasMore() {
        return shown < matching.size();
    }

    void focusSearch() {
        filter.search().requestFocus();
        filter.search().selectAll();
    }

    boolean moreFocused() {
        return more.isFocused();
    }

    /** Adds the cards of the next page of matching cases; returns the first new card's button, or null. */
    Node showMore() {
        if (!hasMore()) {
            return null;
        }
        placeRest();
        int to = Math.min(matching.size(), shown + PAGE);
        List<CaseCard> added =
                matching.subList(shown, to).stream().map(this::card).collect(Collectors.toList());
        cards.getChildren().addAll(added);
        shown = to;
        placed = to;
        showState();
        return added.get(0).action();
    }

    /** Shows the first page of the cases that match, with the first {@code placeNow} of its cards in the pane. */
    private void filterTo(int placeNow) {
        Predicate<CaseEntry> accepts = filter.predicate();
        matching = all.stream().filter(accepts).collect(Collectors.toList());
        shown = Math.min(PAGE, matching.size());
        placed = Math.min(placeNow, shown);
        show(matching.subList(0, placed).stream().map(this::card).collect(Collectors.toList()));
        showState();
    }

    /**
     * Puts {@code wanted} in the pane, leaving in place the cards that stay: a card taken out and put back is styled
     * again, which is most of the cost of a filter change. Both lists are in course order, so once the cards that go
     * are out, the ones that stay are in the right order and the new ones go in between.
     */
    private void show(List<CaseCard> wanted) {
        List<Node> children = cards.getChildren();
        Set<Node> keep = new HashSet<>(wanted);
        children.removeAll(children.stream().filter(n -> !keep.contains(n)).collect(Collectors.toList()));
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= children.size() || children.get(i) != wanted.get(i)) {
                children.add(i, wanted.get(i));
            }
        }
    }

    private void showState() {
        Messages m = ctx.messages();
        count.setText(
                filter.narrows()
                        ? m.get("home.cases.count", matching.size(), all.size())
                        : m.get("home.cases.count.all", all.size()));
        boolean nothing = matching.isEmpty();
        for (Node n : List.of(empty, none)) {
            n.setVisible(nothing);
            n.setManaged(nothing);
        }
        int left = matching.size() - shown;
        more.setText(m.get("home.cases.more", Math.min(PAGE, left), left));
        more.setVisible(left > 0);
        more.setManaged(left > 0);
    }
}
