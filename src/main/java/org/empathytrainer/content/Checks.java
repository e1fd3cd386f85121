package org.empathytrainer.content;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Rules shared by the content records' constructors. Each failure names the field it is about. */
final class Checks {
    /** Compiled once: loading a course of thousands of cases checks tens of thousands of ids. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Checks() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ContentException(field, "must not be empty");
        }
        return value;
    }

    static <T> List<T> nonEmpty(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new ContentException(field, "must not be empty");
        }
        return List.copyOf(values);
    }

    static String id(String value, String field) {
        text(value, field);
        if (!ID.matcher(value).matches()) {
            throw new ContentException(
                    field, "\"" + value + "\" is not a valid id (use lower-case letters, digits and dashes)");
        }
        return value;
    }

    static <T> void uniqueIds(Collection<T> items, Function<T, String> id, String field) {
        uniqueIds(items, id, field, "id");
    }

    static <T> void uniqueIds(Collection<T> items, Function<T, String> id, String field, String idField) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                throw new ContentException(
                        field + "[" + i + "]." + idField, "\"" + id.apply(item) + "\" is used twice");
            }
            i++;
        }
    }

    static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new ContentException(field, "must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    static double range(double value, double min, double max, String field) {
        if (value < min || value > max) {
            throw new ContentException(
                    field, "must be between " + number(min) + " and " + number(max) + ", not " + number(value));
        }
        return value;
    }

    /** A number as an author wrote it: 1 rather than 1.0. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
