package org.empathytrainer.ui.export;

/** What an export is saved as. */
public enum ExportFormat {
    /** A table for a spreadsheet. */
    CSV(".csv"),
    /** xAPI statements, for a learning record store or an LMS. */
    XAPI(".json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, with its dot. */
    public String extension() {
        return extension;
    }
}
