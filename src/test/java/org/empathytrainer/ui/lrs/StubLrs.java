package org.empathytrainer.ui.lrs;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny learning record store on a loopback port, for the screens' tests: {@code GET about} answers its versions
 * (or a set status), and {@code GET statements} serves the statements given, in pages that link to the next with
 * {@code more}, as a real store does. Every request's path and query, and its headers that matter, are noted.
 */
public final class StubLrs implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonObject> statements = new CopyOnWriteArrayList<>();
    /** "GET /xAPI/statements?..." with the Authorization and version headers. */
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public volatile int pageSize = 100;
    /** The status {@code about} answers; 200 gives the versions. */
    public volatile int aboutStatus = 200;
    /** The status {@code statements} answers; 200 gives the statements. */
    public volatile int statementsStatus = 200;

    public StubLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/xAPI/about", this::about);
        server.createContext("/xAPI/statements", this::statements);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-lrs");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The endpoint to set up, such as {@code http://127.0.0.1:41234/xAPI/}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xAPI/";
    }

    public void serve(List<JsonObject> all) {
        statements.clear();
        statements.addAll(all);
    }

    private void about(HttpExchange x) throws IOException {
        note(x);
        if (aboutStatus != 200) {
            answer(x, aboutStatus, "{\"error\": true, \"message\": \"Unauthorised: the key is not known here\"}");
            return;
        }
        answer(x, 200, "{\"version\": [\"1.0.3\", \"1.0.2\"]}");
    }

    private void statements(HttpExchange x) throws IOException {
        note(x);
        if (statementsStatus != 200) {
            answer(x, statementsStatus, "{\"message\": \"No statements for you\"}");
            return;
        }
        String query =
                x.getRequestURI().getRawQuery() == null ? "" : x.getRequestURI().getRawQuery();
        int from = 0;
        for (String part : query.split("&")) {
            if (part.startsWith("page=")) {
                from = Integer.parseInt(part.substring(5));
            }
        }
        int to = Math.min(statements.size(), from + pageSize);
        JsonArray page = new JsonArray();
        statements.subList(from, to).forEach(page::add);
        JsonObject body = new JsonObject();
        body.add("statements", page);
        body.addProperty("more", to < statements.size() ? "/xAPI/statements?page=" + to : "");
        answer(x, 200, body.toString());
    }

    private void note(HttpExchange x) {
        requests.add(x.getRequestMethod() + " " + x.getRequestURI() + " auth="
                + x.getRequestHeaders().getFirst("Authorization") + " version="
                + x.getRequestHeaders().getFirst("X-Experience-API-Version"));
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
