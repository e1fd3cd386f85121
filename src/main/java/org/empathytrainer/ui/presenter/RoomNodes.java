package org.empathytrainer.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.ui.Presentation;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.presenter.RoomSlide.Block;

/** The nodes of a slide's body: its blocks and options, or once revealed the room's votes and the answers. */
final class RoomNodes {
    private final Messages m;
    private final Presentation presentation;

    RoomNodes(Messages m, Presentation presentation) {
        this.m = m;
        this.presentation = presentation;
    }

    /** The blocks of {@code s} in order, whole; paging cuts them later. */
    List<Node> units(RoomSlide s, boolean revealed) {
        List<Node> units = new ArrayList<>();
        if (revealed) {
            s.ballot().ifPresent(b -> units.addAll(chart(b)));
            s.revealed().forEach(b -> units.add(block(b)));
        } else {
            s.shown().forEach(b -> units.add(block(b)));
        }
        return units;
    }

    private Node block(Block b) {
        Label text = new Label(b.text());
        text.setWrapText(true);
        text.getStyleClass().add("room-" + b.style().name().toLowerCase(Locale.ROOT));
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (b.style() == RoomSlide.Style.ANSWER || b.style() == RoomSlide.Style.LEAD) {
            RoomPages.keepWithNext(text);
        }
        if (b.number() == 0) {
            return text;
        }
        text.setId("roomOption-" + b.number());
        return new RoomOptionRow(RoomOptionRow.number(b.number()), text);
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
            VBox row = new VBox(new RoomOptionRow(RoomOptionRow.number(number), text), barRow);
            row.getStyleClass().add("room-chart-row");
            row.setId("roomChart-" + number);
            rows.add(row);
        }
        return rows;
    }
}
