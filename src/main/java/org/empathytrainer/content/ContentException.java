package org.empathytrainer.content;

import org.empathytrainer.json.JsonFieldException;

/**
 * A content record breaks a rule, such as an empty title or an order naming an unknown action. Carries the field
 * path relative to the record (for example {@code options}), so that a record read from a file is reported like a
 * field the reader refused, with the path from the top of the file; the file name is added by the repository.
 */
public class ContentException extends JsonFieldException {
    private static final long serialVersionUID = 1L;

    public ContentException(String field, String problem) {
        super(field, problem);
    }
}
