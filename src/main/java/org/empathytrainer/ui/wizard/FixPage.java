package org.empathytrainer.ui.wizard;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.FixActivity;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.CaseSession;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.ui.AppContext;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Prose;
import org.empathytrainer.ui.kit.Ui;

/**
 * Step 4: choose the next steps, put them in the order you would take them, and write the commitment you give the
 * customer. Alt+Up and Alt+Down move the selected step in the plan.
 */
final class FixPage implements PageView {
    private final VBox root;
    private final CaseSession session;
    private final ObservableList<String> plan = FXCollections.observableArrayList();
    private final ListView<String> planList = new ListView<>(plan);
    private CheckBox first;

    FixPage(AppContext ctx, CaseSession session) {
        this.session = session;
        Messages m = ctx.messages();
        FixActivity activity = session.content().fix();
        VBox actions = new VBox(4);
        for (ActionOption action : DisplayOrder.actions(session.content())) {
            CheckBox box = new CheckBox(action.text());
            box.setId("action-" + action.id());
            box.setWrapText(true);
            box.setMnemonicParsing(false);
            box.getStyleClass().add("choice");
            box.setSelected(session.answers().fix().actions().contains(action.id()));
            box.selectedProperty().addListener((o, was, now) -> {
                session.updateFix(a -> a.toggle(action.id(), now));
                plan.setAll(session.answers().fix().actions());
            });
            actions.getChildren().add(box);
            if (first == null) {
                first = box;
            }
        }
        plan.setAll(session.answers().fix().actions());
        planList.setId("plan");
        planList.setPrefHeight(200);
        planList.setAccessibleText(m.get("fix.plan.accessible"));
        planList.setCellFactory(list -> new PlanCell(activity));
        planList.setPlaceholder(Ui.text(m.get("fix.plan.empty"), "muted"));
        planList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                move(e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });
        Button up = new Button(m.get("fix.move-up"));
        up.setId("moveUp");
        up.setAccessibleText(m.get("fix.move-up.accessible"));
        up.setOnAction(e -> move(-1));
        Button down = new Button(m.get("fix.move-down"));
        down.setId("moveDown");
        down.setAccessibleText(m.get("fix.move-down.accessible"));
        down.setOnAction(e -> move(1));
        up.disableProperty()
                .bind(planList.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        down.disableProperty()
                .bind(planList.getSelectionModel()
                        .selectedIndexProperty()
                        .lessThan(0)
                        .or(planList.getSelectionModel()
                                .selectedIndexProperty()
                                .greaterThanOrEqualTo(
                                        javafx.beans.binding.Bindings.size(plan).subtract(1))));

        VBox commitment = Parts.toneCheckedWriting(
                m,
                ctx.toneCheck(),
                session.content().toneFacts(),
                Step.FIX,
                "commitment",
                session.answers().fix().commitment(),
                m.get("fix.commitment.accessible"),
                text -> session.updateFix(a -> a.withCommitment(text)));
        SelfCheckList checks = new SelfCheckList(
                m,
                ctx.course().method().step(Step.FIX).selfCheck(),
                session.answers().fix().selfChecks(),
                ticked -> session.updateFix(a -> a.withSelfChecks(ticked)));
        root = new VBox(
                16,
                Parts.header(m, ctx.course().method().step(Step.FIX)),
                Parts.section(Ui.text(activity.choicePrompt(), "section-title"), actions),
                Parts.section(
                        Ui.text(m.get("fix.plan.title"), "section-title"),
                        Prose.paragraph(m.get("fix.plan.how"), "muted"),
                        new HBox(12, planList, new VBox(8, up, down))),
                Parts.section(Ui.text(activity.commitmentPrompt(), "section-title"), commitment),
                checks);
        HBox.setHgrow(planList, javafx.scene.layout.Priority.ALWAYS);
    }

    private void move(int delta) {
        String selected = planList.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        session.updateFix(a -> a.move(selected, delta));
        plan.setAll(session.answers().fix().actions());
        planList.getSelectionModel().select(selected);
        planList.getFocusModel().focus(plan.indexOf(selected));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return first;
    }

    /** Shows a plan entry as its number and the action's text. */
    private final class PlanCell extends ListCell<String> {
        private final FixActivity activity;

        PlanCell(FixActivity activity) {
            this.activity = activity;
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
            } else {
                setText((getIndex() + 1) + ". "
                        + activity.action(id).map(ActionOption::text).orElse(id));
            }
        }
    }
}
