package org.empathytrainer.ui;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.VoteTally;
import org.empathytrainer.ui.kit.Cue;

/**
 * Whether the course is being presented to a room, and whether the presenter has revealed the current page's answers
 * and feedback. Pages bind to {@link #answersShown()}; the main window starts and stops presenting. Every page change
 * hides the answers again. While presenting, the room's votes on the current page's choice are tallied here, and the
 * current screen describes itself ({@link #cueProperty()}) for the presenter window. Use on the JavaFX thread.
 */
public final class Presentation {
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final BooleanBinding answersShown = presenting.not().or(revealed);
    private final ObjectProperty<Ballot> ballot = new SimpleObjectProperty<>(this, "ballot");
    private final ReadOnlyObjectWrapper<VoteTally> tally = new ReadOnlyObjectWrapper<>(this, "tally", VoteTally.EMPTY);
    private final ObjectProperty<Cue> cue = new SimpleObjectProperty<>(this, "cue", Cue.NONE);

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

    /** The choice on the current page that the room can vote on; pages set it, a page change clears it. */
    public ObjectProperty<Ballot> ballotProperty() {
        return ballot;
    }

    public Optional<Ballot> ballot() {
        return Optional.ofNullable(ballot.get());
    }

    /** The votes of this classroom session; empty again at each start of presenting. */
    public ReadOnlyObjectProperty<VoteTally> tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    public VoteTally tally() {
        return tally.get();
    }

    /** The current screen's description for the trainer; screens set it as they change. */
    public ObjectProperty<Cue> cueProperty() {
        return cue;
    }

    public void start() {
        revealed.set(false);
        tally.set(VoteTally.EMPTY);
        presenting.set(true);
    }

    public void stop() {
        presenting.set(false);
        revealed.set(false);
    }

    /**
     * A vote for ({@code delta} 1) or taken back from ({@code delta} -1) option {@code number} of the current
     * ballot. Does nothing when not presenting, with no ballot, or no such option.
     */
    public void vote(int number, int delta) {
        Ballot b = ballot.get();
        if (!presenting.get() || b == null) {
            return;
        }
        tally.set(delta > 0 ? tally.get().add(b, number) : tally.get().remove(b, number));
    }

    /** Takes back every vote on the current ballot (the trainer counted wrong); nothing without one. */
    public void clearVotes() {
        Ballot b = ballot.get();
        if (presenting.get() && b != null) {
            tally.set(tally.get().clear(b));
        }
    }

    /**
     * Gives a new page the keyboard focus. While presenting, a text box does not take it: the presenter's letter and
     * number keys (R, B, N, 1 to 9) would type into it instead of working, so {@code instead} (the page itself)
     * takes it, and the trainer can still Tab into the box.
     */
    public void focus(Node wanted, Node instead) {
        (presenting() && wanted instanceof TextInputControl ? instead : wanted).requestFocus();
    }

    /** Shows the current page's answers and feedback to the room. */
    public void reveal() {
        revealed.set(true);
    }

    /** A new page: its answers stay hidden until revealed. */
    public void turnPage() {
        revealed.set(false);
        ballot.set(null);
    }
}
