package org.empathytrainer.content;

import java.util.Locale;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A picture shown beside the case (a delivery photo, a bill), with the text read to those who cannot see it.
 *
 * @param file a path relative to the case file's folder; it may not leave that folder
 * @param alt  what the picture shows, in words
 */
public record CaseImage(String file, String alt) {
    /** The largest picture accepted: a clear photo, not a camera original. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    public CaseImage {
        Checks.text(file, "file");
        Checks.text(alt, "alt");
        String normal = file.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || normal.startsWith("~")) {
            throw new ContentException(
                    "file", "\"" + file + "\" must be a path inside the case's folder, not an " + "absolute path");
        }
        for (String part : normal.split("/")) {
            if (part.equals("..")) {
                throw new ContentException("file", "\"" + file + "\" leaves the case's folder (\"..\" is not allowed)");
            }
        }
        String lower = normal.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            throw new ContentException("file", "\"" + file + "\" must be a PNG or JPEG picture");
        }
    }

    static CaseImage read(JsonObjectReader node) {
        return new CaseImage(node.text("file"), node.text("alt"));
    }
}
