package org.empathytrainer.ui.export;

import org.empathytrainer.records.export.ExportException;
import org.empathytrainer.ui.kit.Messages;

/** The outcome of an export in the user's words. */
final class ExportMessages {
    private ExportMessages() {}

    static String saved(Messages m, ExportJob job, int count) {
        return job.format() == ExportFormat.CSV
                ? m.get("export.saved.csv", count, job.file().toString())
                : m.get("export.saved.xapi", count, job.file().toString());
    }

    /** What went wrong and what to do about it: {0} the file, {1} its folder, {2} what the system said. */
    static String failed(Messages m, ExportJob job, Throwable error) {
        if (!(error instanceof ExportException)) {
            return m.get("export.failed.unexpected", job.file().toString(), String.valueOf(error.getMessage()));
        }
        ExportException e = (ExportException) error;
        String file = e.file().toString();
        String folder = String.valueOf(e.file().toAbsolutePath().getParent());
        switch (e.reason()) {
            case FOLDER_MISSING:
                return m.get("export.failed.folder-missing", file, folder, e.detail());
            case NOT_WRITABLE:
                return m.get("export.failed.not-writable", file, folder, e.detail());
            case DISK_FULL:
                return m.get("export.failed.disk-full", file, folder, e.detail());
            case TARGET_IS_FOLDER:
                return m.get("export.failed.target-is-folder", file, folder, e.detail());
            case NOT_A_FILE:
                return m.get("export.failed.not-a-file", file, folder, e.detail());
            default:
                return m.get("export.failed.other", file, folder, e.detail());
        }
    }
}
