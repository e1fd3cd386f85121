package org.empathytrainer.records;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * File operations that never leave a half-written file behind: a crash or a full disk at any moment leaves either
 * the old file or the new one, and the backup is always a complete copy of a previous save.
 */
public final class AtomicFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** Far more same-second moves than can happen; the bound only keeps a broken file system from looping. */
    private static final int MAX_SAME_NAME = 1000;

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}, first copying the current {@code target}, if any, to
     * {@code backup} (none kept when {@code backup} is null). The folder must exist. On failure {@code target} is unchanged and no temporary file remains;
     * the exception's message says, in plain words, which stage failed and why.
     */
    public static void write(Path target, byte[] content, Path backup) throws IOException {
        write(target, List.of(content), backup);
    }

    /** {@link #write(Path, byte[], Path)} with the content in parts, written one after the other. */
    public static void write(Path target, List<byte[]> content, Path backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = target.getFileName().toString().replaceFirst("\\.json$", "") + "-";
        Path temp = null;
        Path backupTemp = null;
        try {
            temp = stage("the new file could not be written", () -> Files.createTempFile(dir, prefix, ".tmp"));
            Path newFile = temp;
            stage("the new file could not be written", () -> writeSynced(newFile, content));
            if (backup != null && Files.exists(target)) {
                backupTemp = stage("the backup could not be written", () -> Files.createTempFile(dir, prefix, ".tmp"));
                Path copy = backupTemp;
                stage("the backup could not be written", () -> {
                    keepOld(target, copy);
                    replace(copy, backup);
                    return null;
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

    private static Path writeSynced(Path file, List<byte[]> content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (byte[] part : content) {
                ByteBuffer buffer = ByteBuffer.wrap(part);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
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
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stray temporary file is harmless; the save's own outcome matters more than this.
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
