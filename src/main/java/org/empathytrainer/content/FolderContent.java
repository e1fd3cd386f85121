package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Content in a folder on disk: a whole course (with an index) or a trainer's own cases. */
final class FolderContent implements ContentSource {
    private final Path shown;
    private final Path base;

    FolderContent(Path root) {
        this.shown = root;
        this.base = root.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return shown.toString();
    }

    @Override
    public String displayName(String relativePath) {
        return shown.resolve(relativePath).toString();
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(inside(relativePath));
    }

    @Override
    public boolean exists(String relativePath) {
        try {
            return Files.isRegularFile(inside(relativePath));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> caseFiles() throws IOException {
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
        Path caseFolder = base.resolve(caseFile).normalize().getParent();
        Path image = caseFolder.resolve(imageFile.replace('\\', '/')).normalize();
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
            return Files.size(image) > CaseImage.MAX_BYTES
                    ? Optional.of(ImageProblems.tooLarge(imageFile))
                    : Optional.empty();
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

    private Path inside(String relativePath) throws IOException {
        Path file = base.resolve(relativePath).normalize();
        if (!file.startsWith(base)) {
            throw new IOException(relativePath + " lies outside the content folder");
        }
        return file;
    }
}
