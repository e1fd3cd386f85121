package org.empathytrainer.json;

/**
 * An object that names the same field twice. JSON readers disagree on which one counts (Gson keeps the last), so an
 * author who edits the first copy would see no change: the text is refused instead.
 */
public class DuplicateFieldException extends InvalidJsonException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    DuplicateFieldException(String field, String where) {
        super("the field \"" + field + "\" appears twice in the same object (the second at " + where + ")");
        this.field = field;
        this.problem = "appears twice in the same object (the second at " + where + "); keep one";
    }

    /** The dotted path of the repeated field from the top of the text, as {@link JsonFieldException#field()}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }
}
