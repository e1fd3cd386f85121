package org.empathytrainer.ui.wizard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.empathytrainer.content.CheckItem;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/** The short self-assessment under a written answer: statements the learner ticks when they hold. */
final class SelfCheckList extends VBox {

    SelfCheckList(Messages m, List<CheckItem> items, Set<String> ticked, Consumer<Set<String>> onChange) {
        super(6);
        setId("selfCheck");
        getChildren().add(Ui.text(m.get("selfcheck.title"), "section-title"));
        Set<String> current = new HashSet<>(ticked);
        for (CheckItem item : items) {
            CheckBox box = new CheckBox(item.text());
            box.setId("selfCheck-" + item.id());
            box.setWrapText(true);
            box.setMnemonicParsing(false);
            box.setSelected(current.contains(item.id()));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    current.add(item.id());
                } else {
                    current.remove(item.id());
                }
                onChange.accept(Set.copyOf(current));
            });
            getChildren().add(box);
        }
    }
}
