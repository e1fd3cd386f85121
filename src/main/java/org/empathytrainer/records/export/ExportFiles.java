package org.empathytrainer.records.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.empathytrainer.records.AtomicFiles;
import org.empathytrainer.records.export.ExportException.Reason;

/**
 * Saves an export whole or not at all, through {@link AtomicFiles}, and puts any failure into words a person can act
 * on: the folder is missing, the target is a folder, the disk is full...
 */
final class ExportFiles {
    private ExportFiles() {}

    /** Writes the content of an export, as UTF-8 text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String other = notAnOrdinaryFile(file);
        if (!other.isEmpty()) {
            throw new ExportException(Reason.NOT_A_FILE, target, other, null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(Reason.TARGET_IS_FOLDER, target, "", null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(Reason.FOLDER_MISSING, target, "", null);
        }
        try {
            AtomicFiles.write(
                    file,
                    bytes -> {
                        Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                        content.writeTo(out);
                        out.flush();
                    },
                    null);
        } catch (IOException e) {
            // The cause is what the system said, which failure() turns into a reason; the stage adds nothing here.
            throw failure(target, e.getCause() instanceof IOException cause ? cause : e);
        }
    }

    /**
     * What is at {@code file} if it is neither missing, an ordinary file, nor a folder (which has its own reason): a
     * link would be replaced by a file rather than followed, and a device or pipe would become a file too.
     */
    private static String notAnOrdinaryFile(Path file) {
        BasicFileAttributes found;
        try {
            found = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return ""; // nothing there, or nothing that can be looked at: the write says what is wrong
        }
        if (found.isSymbolicLink()) {
            return "a link";
        }
        if (found.isOther()) {
            return "a device, pipe or socket";
        }
        return "";
    }

    /** Puts what the system said into one of the reasons a person can act on. */
    static ExportException failure(Path target, IOException e) {
        String said = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason()
                : String.valueOf(e.getMessage());
        String lower = said.toLowerCase(Locale.ROOT);
        Reason reason;
        if (lower.contains("no space left")
                || lower.contains("quota exceeded")
                || lower.contains("not enough space")
                || lower.contains("disk is full")) {
            reason = Reason.DISK_FULL;
        } else if (e instanceof AccessDeniedException
                || lower.contains("permission denied")
                || lower.contains("operation not permitted")
                || lower.contains("read-only file system")
                || lower.contains("access is denied")) {
            reason = Reason.NOT_WRITABLE;
        } else {
            reason = Reason.OTHER;
        }
        return new ExportException(reason, target, said, e);
    }
}
