package org.empathytrainer.json;

/**
 * A field of a JSON object that is missing or holds something unusable. The field is a dotted path relative to the
 * object that was being read when the problem arose; {@link JsonObjectReader} puts the path of each enclosing object
 * in front as the problem passes up, so at the top of the file it names the field exactly
 * ({@code fix.actions[3].kind}). Subclasses carry the rules of one kind of record, such as a course's content.
 */
public class JsonFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public JsonFieldException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    /** The dotted path of the offending field, empty for the object (or the file) as a whole. */
    public String field() {
        return field;
    }

    public String problem() {
        return getMessage();
    }

    /** The same problem, seen from one level up: {@code parent.field}. */
    public JsonFieldException under(String parent) {
        return new JsonFieldException(field.isEmpty() ? parent : parent + "." + field, problem());
    }
}
