package org.empathytrainer.content;

/**
 * A content file breaks a rule. Carries the field path (for example {@code discuss.options[2].kind}) so the
 * message can say where; the file name is added by the repository.
 */
public class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ContentException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The dotted path of the offending field, empty for the file as a whole. */
    public String field() {
        return field;
    }

    public String problem() {
        return getMessage();
    }

    /** The same problem, seen from one level up: {@code parent.field}. */
    public ContentException under(String parent) {
        String path = field.isEmpty() ? parent : parent + "." + field;
        return new ContentException(path, problem());
    }
}
