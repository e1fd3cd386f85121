package org.empathytrainer.content;

/**
 * A light case's body could not be read again from its file: the file is gone, broken, or holds another case or
 * version than when the course was loaded. {@link #problem()} names the file and what is wrong, as loading would.
 */
public final class CaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ContentProblem problem;

    CaseUnavailableException(ContentProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ContentProblem problem() {
        return problem;
    }
}
