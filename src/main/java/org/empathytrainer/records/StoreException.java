package org.empathytrainer.records;

import java.io.IOException;

/**
 * Progress could not be saved. The message is in plain words and names the folder or file and the cause, so the
 * UI can show it as it is.
 */
public class StoreException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
