package org.empathytrainer.ui.wizard;

import java.util.Optional;
import javafx.scene.Node;
import org.empathytrainer.practice.Ballot;

/**
 * One page of the case wizard. Built when the learner first arrives on it and kept while the case is open (edits go
 * straight to the session, so the page always shows what the session holds).
 */
interface PageView {
    Node node();

    Node initialFocus();

    /** The choice on this page the room can vote on while presenting, if any. */
    default Optional<Ballot> ballot() {
        return Optional.empty();
    }
}
