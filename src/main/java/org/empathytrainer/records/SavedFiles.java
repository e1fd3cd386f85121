package org.empathytrainer.records;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the app's own saved files whole, up to a size far beyond what the app ever writes: a larger file is not what
 * the app saved (or was damaged into something else), and reading it whole could exhaust the memory. Such a file is
 * refused with a {@link TooLarge} and left as it is.
 */
public final class SavedFiles {
    private static final long MB = 1024L * 1024L;
    /** A learner's progress: a long history is some hundred kilobytes. */
    public static final long MAX_PROGRESS_BYTES = 64 * MB;
    /** The list of learners. */
    public static final long MAX_PROFILES_BYTES = 16 * MB;
    /** The settings, and the small files beside them. */
    public static final long MAX_SETTINGS_BYTES = 1 * MB;

    private SavedFiles() {}

    /** A saved file larger than the app reads. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, long max) {
            super(file + " is larger than the " + max / MB + " MB this app reads");
        }
    }

    /**
     * A stream of the bytes of {@code file}, for reading a part at a time.
     *
     * @throws TooLarge when it holds more than {@code maxBytes}, checked while reading as the file may still grow
     */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            throw new TooLarge(file, maxBytes);
        }
        return new Capped(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), file, maxBytes);
    }

    /** Refuses to read past its cap, as a file that grew while being read. */
    private static final class Capped extends FilterInputStream {
        private final Path file;
        private final long max;
        private long read;

        Capped(InputStream in, Path file, long max) {
            super(in);
            this.file = file;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(file, max);
            }
        }
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws TooLarge when it holds more than {@code maxBytes}, checked while reading as the file may still grow
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (Files.size(file) > maxBytes) {
            throw new TooLarge(file, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new TooLarge(file, maxBytes);
            }
            return bytes;
        }
    }
}
