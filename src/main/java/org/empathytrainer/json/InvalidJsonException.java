package org.empathytrainer.json;

/** Text that is not valid JSON; the message says what is wrong and at which line and column. */
public class InvalidJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidJsonException(String message) {
        super(message);
    }
}
