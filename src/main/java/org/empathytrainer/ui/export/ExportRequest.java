package org.empathytrainer.ui.export;

/**
 * What the user is about to save, for the file chooser.
 *
 * @param suggestedName a file name to offer, e.g. {@code empathy-trainer-all-learners-2026-03-14.csv}
 */
public record ExportRequest(ExportFormat format, String suggestedName) {

    public ExportRequest {
        if (format == null || suggestedName == null || suggestedName.isBlank()) {
            throw new IllegalArgumentException("format and suggestedName are required");
        }
    }
}
