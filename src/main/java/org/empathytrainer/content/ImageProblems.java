package org.empathytrainer.content;

import java.io.IOException;

/** The wording of picture problems, the same for every kind of content source. */
final class ImageProblems {
    private ImageProblems() {}

    static String outside(String file) {
        return "\"" + file + "\" lies outside the case's folder";
    }

    static String missing(String file) {
        return "\"" + file + "\" does not exist in the case's folder";
    }

    static String tooLarge(String file) {
        return "\"" + file + "\" is larger than " + CaseImage.MAX_BYTES / (1024 * 1024) + " MB";
    }

    static String unreadable(String file, IOException e) {
        return "\"" + file + "\" cannot be read: " + e.getMessage();
    }
}
