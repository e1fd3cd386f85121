package org.empathytrainer.records.profiles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.empathytrainer.records.LearnerId;
import org.empathytrainer.records.profiles.ProfileException.Problem;

/** The rules for a learner's display name, and how an id is made from it. */
public final class ProfileNames {
    /** Long enough for a full name, short enough for a button. */
    public static final int MAX_LENGTH = 40;

    /** Leaves room for a {@code -NN} suffix within {@link LearnerId#MAX_LENGTH}. */
    private static final int SLUG_LENGTH = 40;

    private static final String FALLBACK_SLUG = "learner";

    private ProfileNames() {}

    /**
     * The name as it is compared and stored: composed (NFC), with invisible characters (zero-width spaces, byte order
     * marks, direction marks) dropped, every kind of space (a no-break space too) made a plain one, runs of spaces made
     * one, and trimmed. "Ana" typed or pasted in any of these ways is one name.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        return composed.replaceAll("[\\p{Cf}\\u180E]+", "")
                .replaceAll("[\\p{Zs}\\u2028\\u2029]+", " ")
                .strip();
    }

    /** The name {@link #normalise normalised}, or a {@link ProfileException} saying why it cannot be a name. */
    public static String check(String name) throws ProfileException {
        String trimmed = normalise(name);
        if (trimmed.isEmpty()) {
            throw new ProfileException(Problem.BLANK_NAME, "", "A learner needs a name; this one is empty");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAX_LENGTH) {
            throw new ProfileException(
                    Problem.NAME_TOO_LONG,
                    trimmed,
                    "A name has at most " + MAX_LENGTH + " characters; \"" + trimmed + "\" has " + length);
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new ProfileException(
                    Problem.NAME_HAS_CONTROL_CHARACTERS,
                    trimmed,
                    "A name must be on one line, without tabs or other control characters");
        }
        return trimmed;
    }

    /** Whether two names count as the same: normalised, ignoring case. */
    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    static String key(String name) {
        return normalise(name).toLowerCase(Locale.ROOT);
    }

    /**
     * An id for {@code name}: lower case letters and digits with dashes ("Ana María" gives "ana-maria"), then
     * {@code -2}, {@code -3}... until {@code taken} says no. Names with no usable letter give "learner".
     */
    static String uniqueId(String name, Predicate<String> taken) {
        String base = slug(name);
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (LearnerId.isValid(id) && !taken.test(id)) {
                return id;
            }
        }
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }
}
