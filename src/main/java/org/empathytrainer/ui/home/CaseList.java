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
import org.empathytrainer.ui.Messages;
import org.empathytrainer.ui.Navigator;
import org.empathytrainer.ui.Ui;

/** The cases in course order, as cards, under the filters; a line says so when no case matches. */
final class CaseList extends VBox {
    private final List<CaseCard> all = new ArrayList<>();
    private final FlowPane cards = new FlowPane(16, 16);
    private final Label none;
    private final CaseFilter filter;

    CaseList(AppContext ctx, Navigator nav) {
        super(12);
        Messages m = ctx.messages();
        List<CustomerCase> cases = ctx.course().cases();
        for (int i = 0; i < cases.size(); i++) {
            CustomerCase c = cases.get(i);
            all.add(new CaseCard(m, c, i + 1, ctx.keeper().progress().caseProgress(c.id()), nav));
        }
        cards.setId("caseCards");
        none = Ui.text(m.get("home.cases.none"), "muted");
        none.setId("noCaseMatches");
        filter = new CaseFilter(m, cases, this::applyFilter);
        getChildren().addAll(filter, none, cards);
        applyFilter();
    }

    Node firstAction() {
        return all.isEmpty() ? null : all.get(0).action();
    }

    private void applyFilter() {
        List<CaseCard> shown = all.stream().filter(card -> filter.predicate().test(card.customerCase()))
                .collect(Collectors.toList());
        cards.getChildren().setAll(shown);
        none.setVisible(shown.isEmpty());
        none.setManaged(shown.isEmpty());
    }
}
