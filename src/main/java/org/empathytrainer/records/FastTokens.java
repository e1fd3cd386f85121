package org.empathytrainer.records;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.json.Instants;

/**
 * The values of a progress file, for {@link ProgressFastReader}: each of the one kind the app writes, or
 * {@link #UNEXPECTED}, and the careful reader takes over.
 */
final class FastTokens {
    /** Something other than what the app writes: the careful reader takes over. */
    static final class Unexpected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unexpected() {
            super(null, null, false, false);
        }
    }

    static final Unexpected UNEXPECTED = new Unexpected();

    private FastTokens() {}

    static Step step(String word) {
        Step step = Ids.STEPS.get(word);
        require(step != null);
        return step;
    }

    static <T> T oneOf(JsonReader r, Map<String, T> allowed) throws IOException {
        T value = allowed.get(string(r));
        require(value != null);
        return value;
    }

    static String string(JsonReader r) throws IOException {
        require(r.peek() == JsonToken.STRING);
        return r.nextString();
    }

    static String stringOrNull(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return string(r);
    }

    static List<String> strings(JsonReader r) throws IOException {
        List<String> items = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            items.add(string(r));
        }
        r.endArray();
        return List.copyOf(items);
    }

    /** A whole number written plainly ({@code 2}, not {@code 2.0}, which the careful reader takes) in range. */
    static int integer(JsonReader r, int min, int max) throws IOException {
        require(r.peek() == JsonToken.NUMBER);
        int value = Integer.parseInt(r.nextString());
        require(value >= min && value <= max);
        return value;
    }

    static Double numberOrNull(JsonReader r) throws IOException {
        JsonToken token = r.peek();
        if (token == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        require(token == JsonToken.NUMBER);
        double value = Double.parseDouble(r.nextString());
        require(Double.isFinite(value));
        return value;
    }

    static Instant instantOrNull(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return Instants.parse(string(r));
    }

    static void require(boolean expected) {
        if (!expected) {
            throw UNEXPECTED;
        }
    }
}
