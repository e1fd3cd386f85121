package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service without a store to talk to: what it says when it cannot send, and where it calls its listeners. */
class LrsServiceTest {
    private static final SendPolicy FAST =
            new SendPolicy(10, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1));

    @TempDir
    Path data;

    private LrsService start(LrsSettings settings) {
        return LrsService.start(data, settings, ExportFixtures.COURSE, id -> "Ana", Clock.systemUTC(), FAST);
    }

    @Test
    void nothingListeningIsWaitingSinceTheFirstFailureWithTheReasonOnTheSendersThread() throws Exception {
        LrsService service =
                start(new LrsSettings("http://127.0.0.1:" + NodeLrs.freePort() + "/xAPI/", "k", "s", true));
        List<String> threads = new ArrayList<>();
        try {
            service.addListener(s -> threads.add(Thread.currentThread().getName()));
            service.progressWritten(LearnerProgress.empty("ana"), LrsFixtures.progress("ana", 1, "late-refund"));

            SendStatus s = await(service, st -> st.offlineSince().isPresent());

            assertThat(s.state()).isEqualTo(SendStatus.State.WAITING);
            assertThat(s.waitingCount()).isEqualTo(6);
            assertThat(s.waiting()).hasSize(6);
            assertThat(s.lastProblem()).get().asString().startsWith("Could not connect to POST http://127.0.0.1:");
            assertThat(threads.subList(1, threads.size())).containsOnly("lrs-sender");
        } finally {
            service.stop();
        }
    }

    @Test
    void sendingOffQueuesNothing() throws Exception {
        LrsService service = start(LrsSettings.NONE);
        try {
            service.progressWritten(LearnerProgress.empty("ana"), LrsFixtures.progress("ana", 1, "late-refund"));
            service.stop();

            assertThat(service.status().state()).isEqualTo(SendStatus.State.OFF);
            assertThat(Outbox.open(data).waitingCount()).isZero();
        } finally {
            service.stop();
        }
    }

    @Test
    void aDamagedOutboxIsNamedInTheStatusAndHoldsUpNeitherStartNorSaves() throws Exception {
        Files.createDirectories(data.resolve(Outbox.FOLDER));
        Files.writeString(data.resolve(Outbox.FOLDER).resolve("ana.json"), "{\"known\": [");
        LrsService service = start(new LrsSettings("http://127.0.0.1:9/xAPI/", "k", "s", true));
        try {
            service.progressWritten(LearnerProgress.empty("ana"), LrsFixtures.progress("ana", 1, "late-refund"));

            SendStatus s = await(service, st -> st.lastProblem().isPresent());

            assertThat(s.state()).isEqualTo(SendStatus.State.OFF);
            assertThat(s.lastProblem()).get().asString().contains("ana.json").contains("damaged");
        } finally {
            service.stop();
        }
    }

    @Test
    void testConnectionSaysExactlyWhatFailed() throws Exception {
        LrsSettings nobody = new LrsSettings("http://127.0.0.1:" + NodeLrs.freePort() + "/xAPI/", "k", "s", false);

        Throwable failure = LrsService.testConnection(nobody, Runnable::run)
                .handle((about, e) -> e)
                .join();

        assertThat(failure).isInstanceOf(LrsException.class);
        assertThat(((LrsException) failure).failure()).isEqualTo(LrsException.Failure.CONNECTION);
        assertThat(failure).hasMessageStartingWith("Could not connect to GET http://127.0.0.1:");
        assertThat(failure).isNotInstanceOf(CompletionException.class);
    }

    @Test
    void testConnectionNamesTheAddressAStoreSendsItOnToAndTheStatusOfAnyOtherAnswer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        server.createContext("/moved/", exchange -> {
            exchange.getResponseHeaders().set("Location", "https://lrs.example.org/xAPI/about");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/html/", exchange -> {
            byte[] page = "<html>Sign in to the hotel wifi</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Throwable moved = LrsService.testConnection(
                            new LrsSettings(base + "/moved/", "k", "s", false), Runnable::run)
                    .handle((about, e) -> e)
                    .join();
            Throwable html = LrsService.testConnection(new LrsSettings(base + "/html/", "k", "s", false), Runnable::run)
                    .handle((about, e) -> e)
                    .join();

            assertThat(moved)
                    .hasMessageContaining("on to https://lrs.example.org/xAPI/about (HTTP 301)")
                    .hasMessageContaining("give that address as the endpoint");
            assertThat(((LrsException) html).failure()).isEqualTo(LrsException.Failure.BAD_ANSWER);
            assertThat(html).hasMessageContaining("not JSON").hasMessageContaining("Sign in to the hotel wifi");
        } finally {
            server.stop(0);
        }
    }

    private static SendStatus await(LrsService service, java.util.function.Predicate<SendStatus> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            SendStatus s = service.status();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Status not reached; it is " + service.status());
    }
}
