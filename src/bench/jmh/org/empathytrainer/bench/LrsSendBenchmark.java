package org.empathytrainer.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.LrsService;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.NodeLrs;
import org.empathytrainer.lrs.Outbox;
import org.empathytrainer.lrs.ResultStatements;
import org.empathytrainer.lrs.SendPolicy;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sending 10,000 queued statements (20 learners × 100 attempts × 5 statements) from an outbox of a fresh data folder:
 * from the service's start to "All results sent", in batches of 100 (the app's policy). {@code target=lrs}: to the
 * real LRS of the tests ({@code xapi-statements} on node, in memory); each iteration sends new learners, so the store
 * takes new statements rather than checking copies. {@code target=stub}: to a stub that answers at once with the ids,
 * which leaves the app's own share (the outbox rewritten and synced after each batch, the status, the HTTP client).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LrsSendBenchmark {
    static final int LEARNERS = 20;
    static final int ATTEMPTS = 100;

    @Param({"lrs", "stub"})
    public String target;

    private NodeLrs lrs;
    private HttpServer stub;
    private String endpoint;
    private Course course;
    private Path folder;
    private int round;

    @Setup
    public void startStore() throws IOException, InterruptedException {
        if (target.equals("lrs")) {
            lrs = NodeLrs.start();
            endpoint = lrs.endpoint();
        } else {
            // Without it the JDK's server sends the answer's head and body in two packets, and the second waits
            // for the client's delayed acknowledgement (some 40 ms a request): the stub would measure that.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            stub.createContext("/", LrsSendBenchmark::takeAll);
            stub.start();
            endpoint = "http://127.0.0.1:" + stub.getAddress().getPort() + "/xAPI/";
        }
        course = ContentRepository.load(ContentSource.builtIn());
    }

    @TearDown
    public void stopStore() {
        if (lrs != null) {
            lrs.close();
        }
        if (stub != null) {
            stub.stop(0);
        }
    }

    /** Answers a {@code POST statements} with the statements' ids, as a store that took them all. */
    private static void takeAll(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonArray ids = new JsonArray();
            JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonArray()
                    .forEach(s -> ids.add(s.getAsJsonObject().get("id")));
            byte[] out = ids.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
        }
    }

    @Setup(Level.Iteration)
    public void fillOutbox() throws IOException, StoreException {
        folder = Files.createTempDirectory("bench-lrs-send");
        Outbox outbox = Outbox.open(folder);
        ResultStatements statements = new ResultStatements(course, XapiOptions.DEFAULTS);
        round++;
        for (int i = 0; i < LEARNERS; i++) {
            String id = "bench-" + round + "-" + i;
            LearnerProgress p = BenchData.learner(id, course, ATTEMPTS);
            List<JsonObject> all = statements.all(new LearnerRecords(id, id, p));
            outbox.queue(id, all.subList(0, ATTEMPTS * 5), Instant.now());
        }
        if (outbox.waitingCount() != LEARNERS * ATTEMPTS * 5) {
            throw new IllegalStateException("queued " + outbox.waitingCount());
        }
    }

    @TearDown(Level.Iteration)
    public void deleteFolder() throws IOException {
        BenchData.delete(folder);
    }

    @Benchmark
    public SendStatus sendTenThousand() throws Exception {
        LrsService service = LrsService.start(
                folder,
                new LrsSettings(endpoint, "bench", "bench", true),
                course,
                id -> id,
                Clock.systemUTC(),
                SendPolicy.DEFAULT);
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < deadline) {
                SendStatus s = service.status();
                if (s.state() == SendStatus.State.ALL_SENT) {
                    return s;
                }
                if (s.state() == SendStatus.State.KEY_REFUSED
                        || s.offlineSince().isPresent()) {
                    throw new IllegalStateException("sending failed: " + s.state() + " " + s.lastProblem());
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException(
                    "not all sent in 10 minutes: " + service.status().waitingCount());
        } finally {
            service.stop();
        }
    }
}
