package org.empathytrainer.records;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the app writes a file, whatever it holds: learners' progress, settings, votes, exports, certificates.
 * A crash or a full disk at any moment leaves either the old file or the new one, never half of one, and the backup
 * is always a complete copy of a previous save.
 *
 * <p>The new content goes to a temporary file beside the target, named {@code .<target name>-<number>.tmp} so that
 * file managers hide it, is flushed to disk, and is then moved over the target in one step (a plain replace where the
 * file system cannot move atomically); the folder is flushed last, so that the move itself survives a power cut.
 *
 * <p>Permissions: a file that replaces another keeps that file's permissions, so a file someone made private stays
 * private. A new file gets what any new file of the user gets (the umask decides), because files such as exports and
 * certificates are written to be shared; a learner's records, written with {@link #writePrivately}, are new files for
 * their owner's eyes only, as others may share the computer.
 */
public final class AtomicFiles {
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Far more same-second moves than can happen; the bound only keeps a broken file system from looping. */
    private static final int MAX_SAME_NAME = 1000;

    private static final String WRITE_FAILED = "the new file could not be written";
    private static final String BACKUP_FAILED = "the backup could not be written";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {}

    /**
     * Writes a file's content to a stream. The stream is buffered, so the content needs no byte buffer of its own and
     * a large array goes to the file without being copied; closing the stream only flushes it, as the file is still to
     * be synced. Whatever the content wraps around the stream (a {@link java.io.Writer}, say) it must flush before
     * returning.
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@link #write(Path, Content, Path)} with the content in one array. */
    public static void write(Path target, byte[] content, Path backup) throws IOException {
        write(target, out -> out.write(content), backup);
    }

    /**
     * {@link #write(Path, Content, Path)} for a learner's records: the content in parts, and a new file readable by
     * its owner alone.
     */
    public static void writePrivately(Path target, List<byte[]> content, Path backup) throws IOException {
        write(
                target,
                out -> {
                    for (byte[] part : content) {
                        out.write(part);
                    }
                },
                backup,
                OWNER_ONLY);
    }

    /**
     * Replaces {@code target} with what {@code content} writes, first copying the current {@code target}, if any, to
     * {@code backup} (none kept when {@code backup} is null). The folder must exist. On failure {@code target} is
     * unchanged and no temporary file remains. The exception's message says, in plain words, which stage failed and
     * why; its cause is the exception the file system, or {@code content}, threw, for callers with words of their own.
     */
    public static void write(Path target, Content content, Path backup) throws IOException {
        write(target, content, backup, null);
    }

    /** {@code whenNew}: the permissions of a new file; null for the user's default. */
    private static void write(Path target, Content content, Path backup, Set<PosixFilePermission> whenNew)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path temp = null;
        Path backupTemp = null;
        try {
            Set<PosixFilePermission> permissions = stage(WRITE_FAILED, () -> permissionsOf(target, whenNew));
            temp = stage(WRITE_FAILED, () -> createTemp(dir, name, permissions));
            Path newFile = temp;
            stage(WRITE_FAILED, () -> writeSynced(newFile, permissions, content));
            if (backup != null && Files.exists(target)) {
                backupTemp = stage(BACKUP_FAILED, () -> createTemp(dir, name, null));
                Path copy = backupTemp;
                stage(BACKUP_FAILED, () -> {
                    keepOld(target, copy);
                    return replace(copy, backup);
                });
            }
            stage("the new file could not be put in place", () -> replace(newFile, target));
            syncFolder(dir);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
        }
    }

    /**
     * Moves {@code file} aside to {@code <name>.<label>-<yyyyMMdd-HHmmss>} (UTC), adding {@code -2}, {@code -3}...
     * if that name is taken. Never replaces an existing file.
     */
    public static Path moveAside(Path file, String label, Instant now) throws IOException {
        String base = file.getFileName() + "." + label + "-" + STAMP.format(now);
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                if (n >= MAX_SAME_NAME) {
                    throw e;
                }
            }
        }
    }

    /**
     * Makes an empty file beside the target under a name no other file has. Not {@link Files#createTempFile}: its
     * owner-only permissions would stay with the file after the move, and a shared export must not come out private.
     * A new file gets the user's default permissions. One that is to replace a file gets that file's, which the umask
     * can only narrow, and the owner's right to write it: at no moment may anyone open it who could not open the file
     * it replaces; {@link #writeSynced} then sets them exactly.
     */
    private static Path createTemp(Path dir, String name, Set<PosixFilePermission> permissions) throws IOException {
        FileAttribute<?>[] attributes = new FileAttribute<?>[0];
        if (permissions != null) {
            Set<PosixFilePermission> writable = EnumSet.of(PosixFilePermission.OWNER_WRITE);
            writable.addAll(permissions);
            attributes = new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(writable)};
        }
        for (int n = 1; ; n++) {
            Path temp = dir.resolve("." + name + "-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (n >= MAX_SAME_NAME) {
                    throw e;
                }
            }
        }
    }

    /**
     * The permissions of the file to be replaced, or {@code whenNew} for a new file; null where the system has no such
     * thing.
     */
    private static Set<PosixFilePermission> permissionsOf(Path target, Set<PosixFilePermission> whenNew)
            throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            return view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            return whenNew;
        }
    }

    /**
     * Writes {@code content} to {@code file}, gives it {@code permissions} (if not null) now that it is written, as
     * the owner may lack the right to write, and syncs both to disk.
     */
    private static Path writeSynced(Path file, Set<PosixFilePermission> permissions, Content content)
            throws IOException {
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            content.writeTo(out);
            out.flush();
            if (permissions != null) {
                Files.setPosixFilePermissions(file, permissions);
            }
            channel.force(true);
        }
        return file;
    }

    /**
     * Gives {@code copy}, an empty file, what {@code target} holds now. Where the file system allows, as a second name
     * for the same file rather than a copy: that file is complete and already on disk, and saving replaces the name
     * {@code target}, never the file, so the backup costs no writing however large the progress. Elsewhere, a copy.
     */
    private static void keepOld(Path target, Path copy) throws IOException {
        try {
            Files.delete(copy);
            Files.createLink(copy, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING);
            sync(copy);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static Path replace(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself survive a power cut, where the platform allows opening a folder (not Windows). */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The new file is in place either way; only its durability across a power cut is less certain.
            LOG.log(System.Logger.Level.DEBUG, "Folder {0} could not be synced: {1}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stray temporary file is harmless; the save's own outcome matters more than this.
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Temporary file {0} could not be removed: {1}",
                        file,
                        Causes.of(e));
            }
        }
    }

    private static <T> T stage(String what, IoAction<T> action) throws IOException {
        try {
            return action.run();
        } catch (IOException e) {
            throw new IOException(what + " (" + Causes.of(e) + ")", e);
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }
}
