package org.empathytrainer.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** The cases in course order, as cards, under the filters; a line says so when no case matches. */
final class CaseList extends VBox {
    private final List<CaseCard> all = new ArrayList<>();
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label none;
    private final CaseFilter filter;
    private final AppContext ctx;
    private final Navigator nav;

    CaseList(AppContext ctx, Navigator nav) {
        super(12);
        this.ctx = ctx;
        this.nav = nav;
        Messages m = ctx.messages();
        List<CustomerCase> cases = ctx.course().cases();
        for (int i = 0; i < cases.size(); i++) {
            all.add(card(cases.get(i), i));
        }
        cards.setId("caseCards");
        none = Ui.text(m.get("home.cases.none"), "muted");
        none.setId("noCaseMatches");
        filter = new CaseFilter(m, cases, this::applyFilter);
        getChildren().addAll(filter, none, cards);
        applyFilter();
    }

    private CaseCard card(CustomerCase c, int index) {
        return new CaseCard(
                ctx.messages(), c, index + 1, ctx.keeper().progress().caseProgress(c.id()), nav);
    }

    /**
     * Makes again the cards whose case the learner's progress has moved on since, each in its place; the others, and
     * the filters, stay as they are.
     */
    void refresh() {
        for (int i = 0; i < all.size(); i++) {
            CaseCard old = all.get(i);
            CustomerCase c = old.customerCase();
            if (!old.shows().equals(ctx.keeper().progress().caseProgress(c.id()))) {
                CaseCard made = card(c, i);
                all.set(i, made);
                int shown = cards.getChildren().indexOf(old);
                if (shown >= 0) {
                    cards.getChildren().set(shown, made);
                }
            }
        }
    }

    Node firstAction() {
        return all.isEmpty() ? null : all.get(0).action();
    }

    private void applyFilter() {
        List<CaseCard> shown = all.stream()
                .filter(card -> filter.predicate().test(card.customerCase()))
                .collect(Collectors.toList());
        cards.getChildren().setAll(shown);
        none.setVisible(shown.isEmpty());
        none.setManaged(shown.isEmpty());
    }
}
