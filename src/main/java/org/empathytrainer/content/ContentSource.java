package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where content files are read from: the assets inside the application, or a folder on disk. */
public interface ContentSource {

    /** A short name for messages, e.g. "built-in content" or the folder's path. */
    String description();

    /** Opens a file given by its path relative to the content root, with forward slashes. */
    InputStream open(String relativePath) throws IOException;

    /** The assets shipped with the application. */
    static ContentSource builtIn() {
        return new ContentSource() {
            @Override
            public String description() {
                return "built-in content";
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                InputStream in = ContentSource.class.getResourceAsStream("/assets/" + relativePath);
                if (in == null) {
                    throw new NoSuchFileException(relativePath);
                }
                return in;
            }
        };
    }

    /** A content folder on disk; paths that would leave it are refused. */
    static ContentSource folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new ContentSource() {
            @Override
            public String description() {
                return base.toString();
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                Path file = base.resolve(relativePath).normalize();
                if (!file.startsWith(base)) {
                    throw new IOException(relativePath + " lies outside the content folder");
                }
                return Files.newInputStream(file);
            }
        };
    }
}
