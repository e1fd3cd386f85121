package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Content in a folder on disk: a whole course (with an index) or a trainer's own cases; or a single case file, seen
 * as a folder holding only that file.
 */
final class FolderContent implements ContentSource {
    private final Path shown;
    private final Path base;
    /** The one case file of a single-file source, else null. */
    private final String only;

    FolderContent(Path root) {
        this(root, null);
    }

    private FolderContent(Path root, String only) {
        this.shown = root;
        this.base = root.toAbsolutePath().normalize();
        this.only = only;
    }

    /** A single case file: its folder's other files, an index among them, are not read. */
    static FolderContent singleCase(Path file) {
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        return new FolderContent(folder, file.getFileName().toString());
    }

    @Override
    public String description() {
        return only == null ? shown.toString() : displayName(only);
    }

    @Override
    public String displayName(String relativePath) {
        try {
            return shown.resolve(relativePath).toString();
        } catch (InvalidPathException e) {
            // A name no file can have (a NUL in a course index): still say where it was meant to be.
            return shown + shown.getFileSystem().getSeparator() + relativePath;
        }
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(inside(relativePath));
    }

    @Override
    public boolean exists(String relativePath) {
        if (only != null && relativePath.equals(ContentRepository.INDEX)) {
            return false;
        }
        try {
            return Files.isRegularFile(inside(relativePath));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> caseFiles() throws IOException {
        if (only != null) {
            return List.of(only);
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(base)) {
            for (Path p : top.sorted().collect(Collectors.toList())) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.addAll(jsonFiles(p));
                } else if (isJson(p)) {
                    files.add(relative(p));
                }
            }
        }
        return files;
    }

    @Override
    public Optional<String> checkImage(String caseFile, String imageFile) {
        Path caseFolder;
        Path image;
        try {
            caseFolder = base.resolve(caseFile).normalize().getParent();
            image = caseFolder.resolve(imageFile.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            return Optional.of(ImageProblems.invalidName(imageFile));
        }
        if (!image.startsWith(caseFolder)) {
            return Optional.of(ImageProblems.outside(imageFile));
        }
        if (!Files.exists(image)) {
            return Optional.of(ImageProblems.missing(imageFile));
        }
        try {
            // A link inside the folder may still point out of it: judge where it really leads.
            if (!image.toRealPath().startsWith(caseFolder.toRealPath())) {
                return Optional.of(ImageProblems.outside(imageFile));
            }
            if (!Files.isRegularFile(image)) {
                return Optional.of(ImageProblems.missing(imageFile));
            }
            if (Files.size(image) > CaseImage.MAX_BYTES) {
                return Optional.of(ImageProblems.tooLarge(imageFile));
            }
            try (InputStream in = Files.newInputStream(image)) {
                return ImageProblems.format(imageFile, in.readNBytes(ImageProblems.SIGNATURE_BYTES));
            }
        } catch (IOException e) {
            return Optional.of(ImageProblems.unreadable(imageFile, e));
        }
    }

    private List<String> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(FolderContent::isJson)
                    .sorted()
                    .map(this::relative)
                    .collect(Collectors.toList());
        }
    }

    private static boolean isJson(Path p) {
        return Files.isRegularFile(p)
                && p.getFileName().toString().endsWith(".json")
                && !p.getFileName().toString().equals(ContentRepository.INDEX);
    }

    private String relative(Path p) {
        return base.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    @Override
    public Optional<String> stamp(String relativePath) {
        try {
            Path file = inside(relativePath);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(
                    file + "|" + a.size() + "|" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "|" + a.fileKey());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private Path inside(String relativePath) throws IOException {
        Path file;
        try {
            file = base.resolve(relativePath).normalize();
        } catch (InvalidPathException e) {
            throw new IOException(
                    ImageProblems.quoted(relativePath) + " is not a possible file name: " + e.getReason());
        }
        if (!file.startsWith(base)) {
            throw new IOException(relativePath + " lies outside the content folder");
        }
        return file;
    }
}
