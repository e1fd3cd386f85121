package org.empathytrainer.content;

import java.io.IOException;
import java.util.Optional;

/** The wording of picture problems, the same for every kind of content source. */
final class ImageProblems {
    /** How many bytes from the start of a file tell whether it is a picture the app shows. */
    static final int SIGNATURE_BYTES = 8;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageProblems() {}

    static String quoted(String file) {
        return "\"" + file + "\"";
    }

    static String outside(String file) {
        return quoted(file) + " lies outside the case's folder";
    }

    static String missing(String file) {
        return quoted(file) + " does not exist in the case's folder";
    }

    static String invalidName(String file) {
        return quoted(file) + " is not a possible file name";
    }

    static String tooLarge(String file) {
        return quoted(file) + " is larger than " + CaseImage.MAX_BYTES / (1024 * 1024) + " MB";
    }

    static String unreadable(String file, IOException e) {
        return quoted(file) + " cannot be read: " + e.getMessage();
    }

    /**
     * Whether the first bytes of a picture are those of a PNG or JPEG file, the formats a case may show; a text file
     * renamed to .png would otherwise pass every check and show as an empty frame.
     *
     * @return what is wrong, or empty when the picture is fine
     */
    static Optional<String> format(String file, byte[] head) {
        if (startsWith(head, PNG) || startsWith(head, JPEG)) {
            return Optional.empty();
        }
        return Optional.of(quoted(file) + " is not a PNG or JPEG picture (its first bytes are those of neither)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
