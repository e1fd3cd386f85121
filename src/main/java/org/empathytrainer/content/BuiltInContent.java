package org.empathytrainer.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;

/** The course shipped inside the application, under {@code /assets}. */
final class BuiltInContent implements ContentSource {
    private static final String ROOT = "/assets/";

    @Override
    public String description() {
        return "built-in content";
    }

    @Override
    public String displayName(String relativePath) {
        return relativePath;
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        InputStream in = BuiltInContent.class.getResourceAsStream(ROOT + relativePath);
        if (in == null) {
            throw new NoSuchFileException(relativePath);
        }
        return in;
    }

    @Override
    public boolean exists(String relativePath) {
        return BuiltInContent.class.getResource(ROOT + relativePath) != null;
    }

    @Override
    public List<String> caseFiles() {
        return List.of();
    }

    @Override
    public Optional<String> checkImage(String caseFile, String imageFile) {
        String path = ContentSource.imagePath(caseFile, imageFile);
        try (InputStream in = open(path)) {
            // Read rather than skip: skipping can run past the end of a file and so says nothing of its size.
            byte[] bytes = in.readNBytes((int) CaseImage.MAX_BYTES + 1);
            return bytes.length > CaseImage.MAX_BYTES
                    ? Optional.of(ImageProblems.tooLarge(imageFile))
                    : ImageProblems.format(imageFile, bytes);
        } catch (IOException e) {
            return Optional.of(ImageProblems.missing(imageFile));
        }
    }
}
