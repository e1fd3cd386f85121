package org.empathytrainer.ui.wizard;

import javafx.scene.Node;

/** One page of the case wizard. Built when the learner arrives on it; edits go straight to the session. */
interface PageView {
    Node node();

    Node initialFocus();
}
