package org.empathytrainer.lrs;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' own HTTP proxy in front of the real LRS, which injects faults: the store down (nothing listens), no
 * answer in time, 500, 401, and a connection cut halfway through the answer to statements the store did take. It
 * counts, per statement id, how often the store took it.
 */
public final class FaultProxy implements AutoCloseable {
    public enum Fault {
        NONE,
        /** Holds the request longer than the client waits, and never forwards it. */
        TIMEOUT,
        /** 500 without forwarding. */
        SERVER_ERROR,
        /** 401 without forwarding. */
        UNAUTHORISED,
        /** Forwards the request, then cuts the connection halfway through the store's answer. */
        CUT_MID_RESPONSE
    }

    private final URI target;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicInteger> taken = new ConcurrentHashMap<>();
    private final AtomicInteger posts = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile Duration hold = Duration.ofSeconds(3);
    private HttpServer server;

    public FaultProxy(String targetEndpoint) throws IOException {
        this.target = URI.create(targetEndpoint);
        this.port = NodeLrs.freePort();
        up();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xAPI/";
    }

    public void fault(Fault f) {
        fault = f;
    }

    /** The store is down: nothing listens on the proxy's port, so connections are refused. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    synchronized void up() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server.setExecutor(handlers);
            server.createContext("/", this::handle);
            server.start();
        }
    }

    /** How many times the store took each statement id through this proxy. */
    Map<String, AtomicInteger> taken() {
        return taken;
    }

    int posts() {
        return posts.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("POST".equals(exchange.getRequestMethod())) {
                posts.incrementAndGet();
            }
            Fault now = fault;
            if (now == Fault.TIMEOUT) {
                sleep(hold);
                respond(exchange, 503, "{\"message\":\"held too long\"}");
                return;
            }
            if (now == Fault.SERVER_ERROR) {
                respond(exchange, 500, "{\"message\":\"injected failure\"}");
                return;
            }
            if (now == Fault.UNAUTHORISED) {
                respond(exchange, 401, "{\"message\":\"Unauthorised\"}");
                return;
            }
            HttpResponse<String> answer = forward(exchange, body);
            if ("POST".equals(exchange.getRequestMethod()) && answer.statusCode() == 200) {
                JsonElement ids = JsonParser.parseString(answer.body());
                ids.getAsJsonArray()
                        .forEach(id -> taken.computeIfAbsent(id.getAsString(), k -> new AtomicInteger())
                                .incrementAndGet());
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
            if (now == Fault.CUT_MID_RESPONSE) {
                exchange.sendResponseHeaders(answer.statusCode(), out.length);
                OutputStream stream = exchange.getResponseBody();
                stream.write(out, 0, out.length / 2);
                stream.flush();
                // Closing before the promised length is written cuts the connection.
                return;
            }
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException | RuntimeException e) {
            // The cut connection is the point of CUT_MID_RESPONSE; the client's side reports it.
        }
    }

    private HttpResponse<String> forward(HttpExchange exchange, byte[] body) throws IOException {
        URI uri = target.resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Authorization", "X-Experience-API-Version", "Content-Type", "Accept")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        down();
        handlers.shutdownNow();
    }
}
