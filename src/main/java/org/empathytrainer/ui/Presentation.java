package org.empathytrainer.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the course is being presented to a room, and whether the presenter has revealed the current page's answers
 * and feedback. Pages bind to {@link #answersShown()}; the main window starts and stops presenting. Every page change
 * hides the answers again. Use on the JavaFX thread.
 */
public final class Presentation {
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final BooleanBinding answersShown = presenting.not().or(revealed);

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** True unless presenting with the answers not yet revealed: outside presenter mode answers show as ever. */
    public BooleanBinding answersShown() {
        return answersShown;
    }

    public boolean presenting() {
        return presenting.get();
    }

    public boolean revealed() {
        return revealed.get();
    }

    void start() {
        revealed.set(false);
        presenting.set(true);
    }

    void stop() {
        presenting.set(false);
        revealed.set(false);
    }

    /** Shows the current page's answers and feedback to the room. */
    public void reveal() {
        revealed.set(true);
    }

    /** A new page: its answers stay hidden until revealed. */
    public void turnPage() {
        revealed.set(false);
    }
}
