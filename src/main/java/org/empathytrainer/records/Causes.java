package org.empathytrainer.records;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Puts the cause of a file-system failure into plain words, naming the path involved. */
public final class Causes {
    private Causes() {}

    public static String of(IOException e) {
        if (e instanceof FileSystemException) {
            FileSystemException fse = (FileSystemException) e;
            String why = reason(fse);
            return fse.getFile() == null ? why : why + ": " + fse.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why {@code folder} could not be created; most often a file where a folder should be. */
    public static String ofFolder(Path folder, IOException e) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? of(e) : "a file is in the way: " + p;
            }
        }
        return of(e);
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "something is already there";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }
}
