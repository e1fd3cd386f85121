package org.empathytrainer.practice;

import java.util.List;

/**
 * What the tone check made of a text: whether it read it, and what it found, in reading order. Findings of
 * different pitfalls may overlap (a shouted but-cancelled apology); markers never overlap a pitfall.
 */
public record ToneReport(Status status, List<ToneMatch> findings) {

    /** Whether the text was read, and if not, why. */
    public enum Status {
        /** Nothing written yet. */
        EMPTY,
        /** Longer than {@link TextLimits#MAX_ANSWER}: not checked. */
        TOO_LONG,
        /** Not English by its common words: the check reads English only, so it says nothing about it. */
        NOT_ENGLISH,
        CHECKED
    }

    public ToneReport {
        findings = List.copyOf(findings);
    }

    static ToneReport of(Status status) {
        return new ToneReport(status, List.of());
    }

    public List<ToneMatch> pitfalls() {
        return findings.stream().filter(ToneMatch::pitfall).toList();
    }

    public List<ToneMatch> markers() {
        return findings.stream().filter(f -> !f.pitfall()).toList();
    }
}
