package org.empathytrainer.ui.wizard;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.VoteTally;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.kit.Ui;

/**
 * The room's votes on a choice, while presenting: before the reveal only how many votes the trainer has counted (so
 * the room is not swayed), after it a bar per option with its count, the right answer marked. Hidden outside
 * presenter mode and while nobody has voted.
 */
final class VoteChart {
    private final Messages m;
    private final Presentation presentation;
    private final Ballot ballot;
    private final VBox root = new VBox(6);
    private final Label total = new Label();
    private final GridPane bars = new GridPane();
    /** Held here (and this chart by its node), as the presentation holds it only weakly. */
    private final InvalidationListener render = o -> render();

    VoteChart(Messages m, Presentation presentation, Ballot ballot) {
        this.m = m;
        this.presentation = presentation;
        this.ballot = ballot;
        root.setId("voteChart");
        root.getStyleClass().add("vote-chart");
        if (!presentation.presenting()) {
            // Presenter mode builds the screens again as it starts: a page built outside it never shows the votes.
            root.setVisible(false);
            root.setManaged(false);
            return;
        }
        total.setId("voteTotal");
        total.getStyleClass().add("muted");
        bars.setId("voteBars");
        bars.setHgap(10);
        bars.setVgap(6);
        root.getChildren().addAll(total, bars);
        // The presentation lasts as long as the app, the chart only as long as its page: listening weakly lets a page
        // the
        // learner has left be collected (a plain listener kept every Place and Discuss page ever shown).
        InvalidationListener weak = new WeakInvalidationListener(render);
        // Callers keep only the node: it keeps the chart, and so the listener, for as long as the page lives.
        root.getProperties().put(VoteChart.class, this);
        presentation.tallyProperty().addListener(weak);
        presentation.revealedProperty().addListener(weak);
        presentation.presentingProperty().addListener(weak);
        render();
    }

    VBox node() {
        return root;
    }

    private void render() {
        VoteTally tally = presentation.tally();
        int votes = tally.total(ballot);
        boolean shown = presentation.presenting() && votes > 0;
        root.setVisible(shown);
        root.setManaged(shown);
        total.setText(m.get("votes.total", votes));
        bars.getChildren().clear();
        boolean revealed = presentation.revealed();
        bars.setVisible(revealed);
        bars.setManaged(revealed);
        if (!shown || !revealed) {
            root.setAccessibleText(total.getText());
            return;
        }
        List<Integer> counts = tally.counts(ballot);
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder spoken = new StringBuilder(total.getText());
        for (int i = 0; i < counts.size(); i++) {
            int number = i + 1;
            boolean right = number == ballot.rightNumber();
            Label n = Ui.text(Integer.toString(number), "vote-number");
            Label count = Ui.text(
                    m.get(right ? "votes.count.right" : "votes.count", counts.get(i)),
                    right ? "vote-count-right" : "vote-count");
            count.setId("voteCount-" + number);
            count.setMinWidth(Region.USE_PREF_SIZE);
            bars.addRow(i, n, bar(counts.get(i), most, right), count);
            spoken.append(". ").append(m.get("votes.spoken", number, counts.get(i)));
        }
        root.setAccessibleText(spoken.toString());
    }

    /** A bar whose length is the option's share of the most votes any option got. */
    private static StackPane bar(int count, int most, boolean right) {
        Region fill = new Region();
        fill.getStyleClass().addAll("vote-bar", right ? "right" : "other");
        fill.setMinHeight(18);
        Region track = new Region();
        track.getStyleClass().add("vote-track");
        StackPane holder = new StackPane(track, fill);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        holder.setPrefWidth(240);
        holder.setMinWidth(80);
        // The fill follows the holder's width, so the chart scales with the window and the text size.
        fill.maxWidthProperty().bind(holder.widthProperty().multiply(most == 0 ? 0 : (double) count / most));
        HBox.setHgrow(holder, Priority.ALWAYS);
        return holder;
    }
}
