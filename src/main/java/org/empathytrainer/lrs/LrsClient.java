package org.empathytrainer.lrs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.empathytrainer.lrs.LrsException.Failure;

/**
 * Talks to a learning record store's xAPI: {@code about}, {@code POST statements}, {@code GET statements}, with HTTP
 * Basic and {@code X-Experience-API-Version: 1.0.3}. Every call blocks the calling thread until the store answers or
 * the time-out passes, so call it off the JavaFX thread. Safe to use from several threads.
 */
public final class LrsClient {
    public static final String VERSION = "1.0.3";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How much of a store's answer a message quotes. */
    static final int EXCERPT = 300;

    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    public LrsClient(LrsSettings settings) {
        this(settings, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long to wait to connect, and then for each answer */
    public LrsClient(LrsSettings settings, Duration timeout) {
        this.endpoint = settings.endpointUri();
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((settings.key() + ":" + settings.secret()).getBytes(StandardCharsets.UTF_8));
        this.timeout = Objects.requireNonNull(timeout);
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** {@code GET about}: the versions the store speaks, or what went wrong, exactly. */
    public About about() throws LrsException {
        HttpResponse<String> response = send(request("about").GET().build());
        requireSuccess(response);
        JsonObject body = jsonObject(response);
        JsonElement versions = body.get("version");
        if (versions == null || !versions.isJsonArray()) {
            throw badAnswer(response, "its \"about\" has no list of versions");
        }
        List<String> list = new ArrayList<>();
        for (JsonElement v : versions.getAsJsonArray()) {
            list.add(v.getAsString());
        }
        return new About(list);
    }

    /**
     * {@code POST statements}: stores the batch; returns the ids the store gives back (the statements' own ids).
     *
     * @throws LrsException with {@link Failure#REFUSED} and the store's reason when it refuses the batch (400, 409):
     *     it stores none of a batch it refuses
     */
    public List<String> post(List<JsonObject> batch) throws LrsException {
        JsonArray array = new JsonArray();
        batch.forEach(array::add);
        HttpResponse<String> response = send(request("statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(array.toString(), StandardCharsets.UTF_8))
                .build());
        requireSuccess(response);
        List<String> ids = new ArrayList<>();
        String text = response.body();
        if (text != null && !text.isBlank()) {
            try {
                JsonElement parsed = JsonParser.parseString(text);
                if (parsed.isJsonArray()) {
                    parsed.getAsJsonArray().forEach(e -> ids.add(e.getAsString()));
                }
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                throw badAnswer(response, "its answer to the statements sent is not a list of ids");
            }
        }
        return ids;
    }

    /**
     * {@code GET statements} about the query's activity (and, with {@code related_activities}, those naming it in
     * their context), following {@code more} to the last page. Each statement goes to {@code each} as it is read, so
     * tens of thousands need not be held at once; {@code progress} is told after each page. Both are called on this
     * thread. Interrupting the thread stops between pages with {@link InterruptedException}.
     *
     * @return how many statements were read
     */
    public long statements(StatementQuery query, Consumer<JsonObject> each, ReadProgress progress)
            throws LrsException, InterruptedException {
        URI next = endpoint.resolve("statements?" + query.queryString());
        int pages = 0;
        long read = 0;
        while (next != null) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped reading statements after " + read);
            }
            HttpResponse<String> response = send(request(next).GET().build());
            requireSuccess(response);
            JsonObject page = jsonObject(response);
            JsonElement statements = page.get("statements");
            if (statements == null || !statements.isJsonArray()) {
                throw badAnswer(response, "its page of statements has no \"statements\" list");
            }
            for (JsonElement s : statements.getAsJsonArray()) {
                if (s.isJsonObject()) {
                    each.accept(s.getAsJsonObject());
                    read++;
                }
            }
            pages++;
            progress.read(pages, read);
            JsonElement more = page.get("more");
            next = more == null || more.isJsonNull() || more.getAsString().isBlank()
                    ? null
                    : endpoint.resolve(more.getAsString());
        }
        return read;
    }

    /** {@link #statements(StatementQuery, Consumer, ReadProgress)} gathered in a list. */
    public List<JsonObject> statements(StatementQuery query, ReadProgress progress)
            throws LrsException, InterruptedException {
        List<JsonObject> all = new ArrayList<>();
        statements(query, all::add, progress);
        return all;
    }

    private HttpRequest.Builder request(String relative) {
        return request(endpoint.resolve(relative));
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", VERSION)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) throws LrsException {
        String where = request.method() + " " + request.uri().getScheme() + "://"
                + request.uri().getAuthority() + request.uri().getRawPath();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new LrsException(
                    Failure.TIMEOUT, 0, "", "No connection to " + where + " within " + seconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new LrsException(
                    Failure.TIMEOUT, 0, "", "No answer from " + where + " within " + seconds() + " s", e);
        } catch (ConnectException e) {
            throw new LrsException(
                    Failure.CONNECTION,
                    0,
                    "",
                    "Could not connect to " + where + ": "
                            + (e.getMessage() == null ? "connection refused" : e.getMessage()),
                    e);
        } catch (IOException e) {
            throw new LrsException(
                    Failure.CONNECTION,
                    0,
                    "",
                    "The connection to " + where + " was cut before the answer was complete ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsException(Failure.CONNECTION, 0, "", "Stopped waiting for " + where, e);
        }
    }

    private long seconds() {
        return Math.max(1, timeout.toSeconds());
    }

    private static void requireSuccess(HttpResponse<String> response) throws LrsException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String body = excerpt(response.body());
        String where = response.request().method() + " " + response.uri().getRawPath();
        String tail = body.isEmpty() ? "" : ": " + body;
        if (status == 401 || status == 403) {
            throw new LrsException(
                    Failure.KEY_REFUSED, status, body, "The LRS refused the key (HTTP " + status + ")" + tail, null);
        }
        if (status >= 300 && status < 400) {
            String to = response.headers().firstValue("Location").orElse("elsewhere");
            throw new LrsException(
                    Failure.REFUSED,
                    status,
                    body,
                    "The LRS sent " + where + " on to " + to + " (HTTP " + status + "): give that address as the "
                            + "endpoint (with https:// if it asks for it)",
                    null);
        }
        if (status >= 500) {
            throw new LrsException(
                    Failure.SERVER_ERROR,
                    status,
                    body,
                    "The LRS failed (HTTP " + status + " to " + where + ")" + tail,
                    null);
        }
        throw new LrsException(
                Failure.REFUSED, status, body, "The LRS refused " + where + " (HTTP " + status + ")" + tail, null);
    }

    private static JsonObject jsonObject(HttpResponse<String> response) throws LrsException {
        try {
            JsonElement parsed = JsonParser.parseString(response.body());
            if (parsed.isJsonObject()) {
                return parsed.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            throw badAnswer(response, "its answer is not JSON (" + e.getMessage() + ")");
        }
        throw badAnswer(response, "its answer is not a JSON object");
    }

    private static LrsException badAnswer(HttpResponse<String> response, String what) {
        String body = excerpt(response.body());
        return new LrsException(
                Failure.BAD_ANSWER,
                response.statusCode(),
                body,
                "The address " + response.uri() + " does not answer as an xAPI LRS: " + what
                        + (body.isEmpty() ? "" : ". It answered: " + body),
                null);
    }

    /** The start of an answer on one line, for a message. */
    static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
    }
}
