package org.empathytrainer.ui.kit;

import java.util.List;

/**
 * What the presenter window tells the trainer about the screen the room sees: what it shows, what comes next, and
 * the notes for it (never shown to the room).
 *
 * @param next  what the next page will be, or empty at the end
 * @param notes each a short paragraph: the answers for the step, then the trainer's notes
 */
public record Cue(String now, String next, List<String> notes) {
    public static final Cue NONE = new Cue("", "", List.of());

    public Cue {
        now = now == null ? "" : now;
        next = next == null ? "" : next;
        notes = List.copyOf(notes == null ? List.of() : notes);
    }
}
