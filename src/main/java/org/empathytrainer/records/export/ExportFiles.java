package org.empathytrainer.records.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.empathytrainer.records.export.ExportException.Reason;

/**
 * Saves an export whole or not at all: it is written to a temporary file in the target's folder, flushed to disk,
 * then moved over the target. A failure at any point removes the temporary file and leaves the target as it was.
 */
final class ExportFiles {
    private static final System.Logger LOG = System.getLogger(ExportFiles.class.getName());

    private ExportFiles() {
    }

    /** Writes the content of an export, as UTF-8 text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new ExportException(Reason.TARGET_IS_FOLDER, target, "", null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(Reason.FOLDER_MISSING, target, "", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + "-", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream bytes = Channels.newOutputStream(channel);
                 Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replace(temp, file);
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Puts what the system said into one of the reasons a person can act on. */
    static ExportException failure(Path target, IOException e) {
        String said = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
                ? ((FileSystemException) e).getReason() : String.valueOf(e.getMessage());
        String lower = said.toLowerCase(Locale.ROOT);
        Reason reason;
        if (lower.contains("no space left") || lower.contains("quota exceeded") || lower.contains("not enough space")
                || lower.contains("disk is full")) {
            reason = Reason.DISK_FULL;
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted") || lower.contains("read-only file system")
                || lower.contains("access is denied")) {
            reason = Reason.NOT_WRITABLE;
        } else {
            reason = Reason.OTHER;
        }
        return new ExportException(reason, target, said, e);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Temporary export file {0} could not be removed: {1}", temp,
                    e.getMessage());
        }
    }
}
