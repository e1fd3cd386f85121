package org.empathytrainer.content;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What loading a trainer's folders of cases learned, kept between starts so that a case file unchanged since is not
 * parsed and checked again before the window opens: for each file that loaded clean, its {@linkplain
 * ContentSource#stamp stamp} and what home lists its case by. Its key names the app's build and the emotions palette
 * the files were checked under; under another, {@link ContentRepository} checks every file again. It is derived data:
 * lost, stale or unreadable, the files are simply read again.
 */
public final class CaseIndex {
    private static final int FORMAT = 1;

    private final String key;
    private final Map<String, CustomerCase> byStamp;

    private CaseIndex(String key, Map<String, CustomerCase> byStamp) {
        this.key = key;
        this.byStamp = byStamp;
    }

    /** An index that knows no file, as at the first start. */
    public static CaseIndex empty() {
        return new CaseIndex("", Map.of());
    }

    static CaseIndex of(String key, Map<String, CustomerCase> byStamp) {
        return new CaseIndex(key, Map.copyOf(byStamp));
    }

    String key() {
        return key;
    }

    /** The case of a file with this stamp as it was when checked, with no body. */
    Optional<CustomerCase> find(String stamp) {
        return Optional.ofNullable(byStamp.get(stamp));
    }

    /** How many files it knows. */
    public int size() {
        return byStamp.size();
    }

    /** Whether writing this index in place of {@code other} would change what the next start finds. */
    public boolean differsFrom(CaseIndex other) {
        return !key.equals(other.key) || !byStamp.keySet().equals(other.byStamp.keySet());
    }

    /**
     * Reads an index {@link #write} wrote. One of another format is empty.
     *
     * @throws IOException when it cannot be read or is not such an index (say a file cut short), with where
     */
    public static CaseIndex read(Reader from) throws IOException {
        JsonReader in = new JsonReader(from);
        try {
            in.beginObject();
            String key = "";
            Map<String, CustomerCase> cases = new LinkedHashMap<>();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "format" -> {
                        if (in.nextInt() != FORMAT) {
                            return empty();
                        }
                    }
                    case "key" -> key = in.nextString();
                    case "cases" -> {
                        in.beginArray();
                        while (in.hasNext()) {
                            readEntry(in, cases);
                        }
                        in.endArray();
                    }
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return new CaseIndex(key, cases);
        } catch (IllegalStateException | NumberFormatException | ContentException e) {
            throw new IOException("not an index of trainer cases at " + in.getPath() + ": " + e.getMessage(), e);
        }
    }

    private static void readEntry(JsonReader in, Map<String, CustomerCase> cases) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "version" -> f.put(name, in.nextInt());
                case "tags" -> f.put(name, strings(in));
                case "customer", "image" -> f.put(name, strings(in));
                default -> f.put(name, in.nextString());
            }
        }
        in.endObject();
        List<String> customer = list(f, "customer");
        List<String> image = f.containsKey("image") ? list(f, "image") : null;
        CustomerCase c = CustomerCase.listed(
                text(f, "id"),
                f.get("version") instanceof Integer v ? v : 0,
                text(f, "title"),
                text(f, "summary"),
                text(f, "channel"),
                text(f, "industry"),
                Arrays.stream(Difficulty.values())
                        .filter(d -> d.id().equals(f.get("difficulty")))
                        .findFirst()
                        .orElse(null),
                list(f, "tags"),
                customer.size() == 2 ? new Customer(customer.get(0), customer.get(1)) : null,
                image == null ? null : new CaseImage(image.get(0), image.get(1)));
        cases.put(text(f, "stamp"), c);
    }

    private static List<String> strings(JsonReader in) throws IOException {
        List<String> values = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            values.add(in.nextString());
        }
        in.endArray();
        return values;
    }

    private static String text(Map<String, Object> fields, String name) {
        if (fields.get(name) instanceof String s) {
            return s;
        }
        throw new ContentException(name, "is missing");
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> fields, String name) {
        if (fields.get(name) instanceof List<?> l && (!name.equals("image") || l.size() == 2)) {
            return (List<String>) l;
        }
        throw new ContentException(name, "is missing");
    }

    /** Writes the index for {@link #read}: a file a person need never read, but can. */
    public void write(Writer to) throws IOException {
        JsonWriter out = new JsonWriter(to);
        out.beginObject();
        out.name("format").value(FORMAT);
        out.name("key").value(key);
        out.name("cases").beginArray();
        for (Map.Entry<String, CustomerCase> e : byStamp.entrySet()) {
            CustomerCase c = e.getValue();
            out.beginObject();
            out.name("stamp").value(e.getKey());
            out.name("id").value(c.id());
            out.name("version").value(c.version());
            out.name("title").value(c.title());
            out.name("summary").value(c.summary());
            out.name("channel").value(c.channel());
            out.name("industry").value(c.industry());
            out.name("difficulty").value(c.difficulty().id());
            writeStrings(out.name("tags"), c.tags());
            writeStrings(
                    out.name("customer"),
                    List.of(c.customer().name(), c.customer().about()));
            if (c.image() != null) {
                writeStrings(
                        out.name("image"), List.of(c.image().file(), c.image().alt()));
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
        out.flush();
    }

    private static void writeStrings(JsonWriter out, List<String> values) throws IOException {
        out.beginArray();
        for (String v : values) {
            out.value(v);
        }
        out.endArray();
    }
}
