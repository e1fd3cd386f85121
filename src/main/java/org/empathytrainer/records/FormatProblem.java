package org.empathytrainer.records;

/**
 * A progress file that cannot be used: bad JSON, a missing or invalid field, or a schema version this app does not
 * know. Carries the dotted path of the field at fault so the learner (or whoever helps them) can find it.
 */
public final class FormatProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final boolean newerVersion;

    public FormatProblem(String field, String problem) {
        this(field, problem, false);
    }

    private FormatProblem(String field, String problem, boolean newerVersion) {
        super(problem);
        this.field = field;
        this.newerVersion = newerVersion;
    }

    public static FormatProblem newerVersion(int found, int known) {
        return new FormatProblem(
                "schemaVersion",
                "written by a newer version of Empathy Trainer (file format " + found + "; this version reads up to "
                        + known + ")",
                true);
    }

    /** The dotted path of the offending field; empty for the file as a whole. */
    public String field() {
        return field;
    }

    /** Written by a newer version of the app, rather than damaged. */
    public boolean isNewerVersion() {
        return newerVersion;
    }

    /** For example {@code cases.porch-parcel.page: "talk" is not one of place, sense, discuss, fix, summary}. */
    public String detail() {
        return field.isEmpty() ? getMessage() : field + ": " + getMessage();
    }
}
