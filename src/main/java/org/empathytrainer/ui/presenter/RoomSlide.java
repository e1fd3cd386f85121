package org.empathytrainer.ui.presenter;

import java.util.List;
import java.util.Optional;
import org.empathytrainer.practice.Ballot;

/**
 * One idea on the room's screen: what the room sees first ({@code shown}) and what R, or Page Down at its end, reveals
 * ({@code revealed}, after the vote chart when the slide has a ballot). The notes are the trainer's alone.
 *
 * @param id   a stable id, {@code kind-caseId-part}, for tests and the console
 * @param part where the slide is in the lesson's agenda ("Case 2 of 4: ..."), for the console; empty for none
 */
public record RoomSlide(
        Kind kind,
        String id,
        String eyebrow,
        String title,
        List<Block> shown,
        List<Block> revealed,
        Optional<Ballot> ballot,
        List<String> notes,
        String part) {

    /** What the slide is about; the room view styles each a little differently. */
    public enum Kind {
        TITLE,
        SCENE,
        SITUATION,
        WORDS,
        QUESTION,
        DISCUSSION,
        FEELINGS,
        REPLY
    }

    /** How a block of text is set. */
    public enum Style {
        BODY,
        QUOTE,
        OPTION,
        ANSWER,
        MUTED,
        /** A line that introduces the slide, such as who the customer is and how they got in touch. */
        LEAD
    }

    /** A paragraph or a numbered option ({@code number} 0 for none). */
    public record Block(Style style, String text, int number) {
        public static Block of(Style style, String text) {
            return new Block(style, text, 0);
        }
    }

    public RoomSlide {
        shown = List.copyOf(shown);
        revealed = List.copyOf(revealed);
        notes = List.copyOf(notes);
        part = part == null ? "" : part;
    }

    /** A slide in no part of an agenda. */
    public RoomSlide(
            Kind kind,
            String id,
            String eyebrow,
            String title,
            List<Block> shown,
            List<Block> revealed,
            Optional<Ballot> ballot,
            List<String> notes) {
        this(kind, id, eyebrow, title, shown, revealed, ballot, notes, "");
    }

    /** The same slide, in {@code part} of the agenda. */
    public RoomSlide inPart(String part) {
        return new RoomSlide(kind, id, eyebrow, title, shown, revealed, ballot, notes, part);
    }

    /** Whether R has anything to show on this slide. */
    public boolean revealable() {
        return !revealed.isEmpty() || ballot.isPresent();
    }
}
