package org.empathytrainer.records;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a learner id. The id names the learner's progress file, so it is kept to characters that are safe
 * in a file name on every platform.
 */
public final class LearnerId {
    /** Room is left for the suffixes of moved-aside files within the usual 255-byte limit on a file name. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9-]+");
    /** Windows refuses these as file names even with an extension, so {@code con.json} could never be saved. */
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private LearnerId() {}

    public static boolean isValid(String id) {
        return id != null
                && id.length() <= MAX_LENGTH
                && ALLOWED.matcher(id).matches()
                && !WINDOWS_RESERVED.contains(id);
    }

    /** Returns {@code id} if valid, otherwise throws {@link IllegalArgumentException} saying why. */
    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("A learner id uses only a-z, 0-9 and '-', has at most " + MAX_LENGTH
                    + " characters and is not a name Windows reserves; \"" + id + "\" does not qualify");
        }
        return id;
    }
}
