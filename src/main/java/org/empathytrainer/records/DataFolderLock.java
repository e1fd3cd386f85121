package org.empathytrainer.records;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The app's hold on its data folder while a window is open: a lock on {@value #FILE_NAME} in the folder, taken with
 * {@link FileChannel#tryLock()}. Two windows of the app writing the same learners' files would each overwrite what the
 * other saved, so a second one opens read-only or not at all. The system releases the lock when the process ends, even
 * on a crash, so a stale lock file never blocks anyone. Command-line exports and the validator only read, and take no
 * lock.
 */
public final class DataFolderLock implements AutoCloseable {
    public static final String FILE_NAME = "empathy-trainer.lock";

    private static final System.Logger LOG = System.getLogger(DataFolderLock.class.getName());

    /** What trying to lock the folder gave. */
    public enum Outcome {
        /** This app holds the folder until {@link #close}. */
        HELD,
        /** Another window of the app holds it. */
        IN_USE,
        /** The folder cannot be locked (it cannot be made or written): nothing can be saved there anyway. */
        UNAVAILABLE
    }

    private final Outcome outcome;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Outcome outcome, FileChannel channel, FileLock lock) {
        this.outcome = outcome;
        this.channel = channel;
        this.lock = lock;
    }

    /** Tries to hold {@code dataFolder}, making it if need be; never waits and never throws. */
    public static DataFolderLock tryLock(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(dataFolder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The data folder {0} cannot be locked: {1}", dataFolder, Causes.of(e));
            return new DataFolderLock(Outcome.UNAVAILABLE, null, null);
        }
        Optional<FileLock> lock;
        try {
            lock = Optional.ofNullable(channel.tryLock());
        } catch (OverlappingFileLockException e) {
            lock = Optional.empty(); // held by this very process, as by a second window in a test
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The data folder {0} cannot be locked: {1}", dataFolder, Causes.of(e));
            closeQuietly(channel);
            return new DataFolderLock(Outcome.UNAVAILABLE, null, null);
        }
        if (lock.isEmpty()) {
            closeQuietly(channel);
            LOG.log(Level.WARNING, "The data folder {0} is in use by another window of the app", dataFolder);
            return new DataFolderLock(Outcome.IN_USE, null, null);
        }
        return new DataFolderLock(Outcome.HELD, channel, lock.get());
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Lets the folder go; nothing if it was not held. */
    @Override
    public void close() {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The data folder lock could not be released: {0}", Causes.of(e));
            }
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The data folder lock file could not be closed: {0}", Causes.of(e));
        }
    }
}
