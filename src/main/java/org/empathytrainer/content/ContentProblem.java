package org.empathytrainer.content;

/** One thing wrong in one content file, in the form {@code file: field: problem}. */
public record ContentProblem(String file, String field, String problem) {

    @Override
    public String toString() {
        return field.isEmpty() ? file + ": " + problem : file + ": " + field + ": " + problem;
    }
}
