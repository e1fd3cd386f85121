package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where content files are read from: the assets inside the application, or a folder on disk. */
public interface ContentSource {

    /** A short name for messages, e.g. "built-in content" or the folder's path. */
    String description();

    /** How a file of this source is named in messages: its path as the author would look for it. */
    String displayName(String relativePath);

    /** Opens a file given by its path relative to the content root, with forward slashes. */
    InputStream open(String relativePath) throws IOException;

    boolean exists(String relativePath);

    /** The case files a folder offers when it has no index: JSON files at its top and one folder down. */
    List<String> caseFiles() throws IOException;

    /**
     * Checks a picture a case refers to: it must lie inside the case file's folder (no way out through "..",
     * absolute paths or links), exist, and be no larger than {@link CaseImage#MAX_BYTES}.
     *
     * @return what is wrong, or empty when the picture is fine
     */
    Optional<String> checkImage(String caseFile, String imageFile);

    /**
     * Where a file is and when it last changed, as a key that differs once the file is changed, moved or replaced:
     * its absolute path, size, time last modified and, where the system has one, its file key. Empty where files do
     * not change (the built-in content) or the file cannot be looked at (reading it then says why).
     */
    default Optional<String> stamp(String relativePath) {
        return Optional.empty();
    }

    /** The path of a picture relative to the content root, for {@link #open(String)}. */
    static String imagePath(String caseFile, String imageFile) {
        int slash = caseFile.lastIndexOf('/');
        String folder = slash < 0 ? "" : caseFile.substring(0, slash + 1);
        return folder + imageFile.replace('\\', '/');
    }

    /** The assets shipped with the application. */
    static ContentSource builtIn() {
        return new BuiltInContent();
    }

    /** A single case file on disk, checked as a trainer's case; its pictures lie in its folder. */
    static ContentSource caseFile(Path file) {
        return FolderContent.singleCase(file);
    }

    /** A content folder on disk; paths that would leave it are refused. */
    static ContentSource folder(Path root) {
        return new FolderContent(root);
    }
}
