package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.empathytrainer.content.Course;
import org.empathytrainer.lrs.FaultProxy.Fault;
import org.empathytrainer.lrs.SendStatus.State;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.export.ExportFixtures;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results sent to a real learning record store through a proxy that injects faults. After each fault clears, and with
 * the app restarted in the middle (a new service over the same data folder), every result is in the store exactly
 * once.
 */
class LrsSendingTest {
    private static final Course COURSE = ExportFixtures.COURSE;
    private static final SendPolicy FAST =
            new SendPolicy(4, Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(1));
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static NodeLrs lrs;

    @TempDir
    Path data;

    private FaultProxy proxy;
    private final List<LrsService> started = new ArrayList<>();

    @BeforeAll
    static void startStore() throws IOException, InterruptedException {
        lrs = NodeLrs.start();
    }

    @AfterAll
    static void stopStore() {
        if (lrs != null) {
            lrs.close();
        }
    }

    @BeforeEach
    void startProxy() throws IOException {
        proxy = new FaultProxy(lrs.endpoint());
    }

    @AfterEach
    void stopAll() {
        started.forEach(LrsService::stop);
        proxy.close();
    }

    @Test
    void theStoreDownThenBack() throws Exception {
        proxy.down();
        survives(
                "down",
                () -> proxy.up(),
                s -> s.state() == State.WAITING && s.offlineSince().isPresent());
    }

    @Test
    void noAnswerInTime() throws Exception {
        proxy.fault(Fault.TIMEOUT);
        survives(
                "timeout",
                () -> proxy.fault(Fault.NONE),
                s -> s.lastProblem().filter(p -> p.contains("No answer")).isPresent());
    }

    @Test
    void serverErrors() throws Exception {
        proxy.fault(Fault.SERVER_ERROR);
        survives(
                "error",
                () -> proxy.fault(Fault.NONE),
                s -> s.lastProblem().filter(p -> p.contains("HTTP 500")).isPresent());
    }

    @Test
    void theKeyRefusedStopsSendingUntilTheSettingsChange() throws Exception {
        proxy.fault(Fault.UNAUTHORISED);
        survives("key", () -> proxy.fault(Fault.NONE), s -> s.state() == State.KEY_REFUSED);
        // One try, then no more: sending stopped rather than hammering the store with a refused key.
        assertThat(proxy.posts()).isLessThanOrEqualTo(1 + 3 /* after the restart: the batches sent */ + 1);
    }

    @Test
    void aConnectionCutMidResponse() throws Exception {
        proxy.fault(Fault.CUT_MID_RESPONSE);
        survives(
                "cut",
                () -> proxy.fault(Fault.NONE),
                s -> s.lastProblem().filter(p -> p.contains("cut")).isPresent());
    }

    @Test
    void aStatementTheStoreRejectsIsKeptAsideWithItsReasonAndTheRestGoOn() throws Exception {
        String learner = "bad-" + System.nanoTime();
        LearnerProgress two = LrsFixtures.progress(learner, 2, "late-refund", "lost-card");
        JsonObject broken = statements(two).get(3).deepCopy();
        broken.addProperty("id", "6f1c3e0a-2b7d-4c53-9a1e-000000000400");
        broken.getAsJsonObject("result").getAsJsonObject("score").addProperty("scaled", 1.5);
        Outbox outbox = Outbox.open(data);
        outbox.queue(learner, List.of(broken), Clock.systemUTC().instant());

        LrsService service = service();
        service.progressWritten(LearnerProgress.empty(learner), two);
        SendStatus done = await(service, s -> s.state() == State.SOME_REFUSED);

        assertThat(done.refused()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(broken.get("id").getAsString());
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.reason()).contains("score");
        });
        assertThat(idsInStore(learner)).containsExactlyInAnyOrderElementsOf(ids(statements(two)));
        service.stop();
        // Kept aside across a restart, and not sent again.
        assertThat(Outbox.open(data).refused()).hasSize(1);
    }

    @Test
    void aStatementTheStoreHoldsWithOtherContentIsKeptAsideWithItsReason() throws Exception {
        String learner = "conflict-" + System.nanoTime();
        LearnerProgress two = LrsFixtures.progress(learner, 2, "late-refund", "lost-card");
        JsonObject other = statements(two).get(2).deepCopy();
        other.getAsJsonObject("actor").addProperty("name", "Someone else");
        new LrsClient(new LrsSettings(lrs.endpoint(), "k", "s", true)).post(List.of(other));

        LrsService service = service();
        service.progressWritten(LearnerProgress.empty(learner), two);
        SendStatus done = await(service, s -> s.state() == State.SOME_REFUSED);

        assertThat(done.refused()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(other.get("id").getAsString());
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.reason()).contains("conflicting");
        });
        assertThat(idsInStore(learner)).containsExactlyInAnyOrderElementsOf(ids(statements(two)));
    }

    @Test
    void aSaveThatChangesNothingQueuesNothing() throws Exception {
        String learner = "again-" + System.nanoTime();
        LearnerProgress one = LrsFixtures.progress(learner, 1, "late-refund");
        LrsService service = service();
        service.progressWritten(LearnerProgress.empty(learner), one);
        await(service, LrsSendingTest::sentSomethingAndAll);
        int posts = proxy.posts();

        service.progressWritten(one, LrsFixtures.progress(learner, 1, "late-refund"));
        service.stop();
        LrsService restarted = service();
        restarted.progressWritten(one, one);
        await(restarted, s -> s.state() == State.ALL_SENT);

        assertThat(proxy.posts()).isEqualTo(posts);
        assertThat(idsInStore(learner)).hasSize(6);
    }

    @Test
    void stoppedWhileABacklogGoesOutTheRestGoesAtTheNextStartAndNothingIsSentTwice() throws Exception {
        String learner = "backlog-" + System.nanoTime();
        LearnerProgress many = LrsFixtures.progress(learner, 40, "late-refund", "lost-card");
        List<String> expected = ids(statements(many));
        LrsService first = service();
        first.progressWritten(LearnerProgress.empty(learner), many);
        await(first, s -> s.lastSentAt().isPresent());
        first.stop();
        int left = Outbox.open(data).waitingCount();

        LrsService second = service();
        await(second, s -> s.state() == State.ALL_SENT);

        assertThat(left).isLessThan(expected.size());
        assertThat(idsInStore(learner)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected)
                .allSatisfy(id -> assertThat(proxy.taken().get(id))
                        .as("times the store took " + id)
                        .hasValue(1));
    }

    @Test
    void readingBackFollowsMoreToTheLastPageAndTellsTheProgress() throws Exception {
        String learner = "read-" + System.nanoTime();
        LearnerProgress six = LrsFixtures.progress(learner, 6, "late-refund", "lost-card");
        LrsService service = service();
        service.progressWritten(LearnerProgress.empty(learner), six);
        await(service, LrsSendingTest::sentSomethingAndAll);
        List<String> told = new ArrayList<>();
        List<String> read = new ArrayList<>();

        long count = new LrsClient(new LrsSettings(proxy.endpoint(), "k", "s", false))
                .statements(
                        StatementQuery.about(service.courseActivityId()).withLimit(7),
                        s -> read.add(s.get("id").getAsString()),
                        (pages, statements) -> told.add(pages + ":" + statements));

        assertThat(read).containsAll(ids(statements(six))).doesNotHaveDuplicates();
        assertThat(count).isEqualTo(read.size());
        assertThat(told.size()).isGreaterThanOrEqualTo(5);
        assertThat(told.get(0)).isEqualTo("1:7");
        assertThat(told.get(told.size() - 1)).isEqualTo(told.size() + ":" + read.size());
    }

    /**
     * The learner finishes two attempts while the fault holds; the app is restarted; the fault clears and the learner
     * finishes a third. Every result reaches the store, once.
     */
    private void survives(String name, ThrowingRunnable clear, Predicate<SendStatus> faultSeen) throws Exception {
        String learner = name + "-" + System.nanoTime();
        LearnerProgress two = LrsFixtures.progress(learner, 2, "late-refund", "lost-card");
        LearnerProgress three = LrsFixtures.progress(learner, 3, "late-refund", "lost-card");

        LrsService first = service();
        first.progressWritten(LearnerProgress.empty(learner), two);
        SendStatus during = await(first, faultSeen);
        assertThat(during.waitingCount()).isEqualTo(11);
        first.stop();

        clear.run();
        LrsService second = service();
        second.progressWritten(two, three);
        await(second, LrsSendingTest::sentSomethingAndAll);

        List<String> expected = ids(statements(three));
        assertThat(expected).hasSize(16);
        assertThat(idsInStore(learner)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Outbox.open(data).waitingCount()).isZero();
        if (!name.equals("cut")) {
            assertThat(expected)
                    .allSatisfy(id -> assertThat(proxy.taken().get(id))
                            .as("times the store took " + id)
                            .hasValue(1));
        }
    }

    private LrsService service() throws Exception {
        LrsService s = LrsService.start(
                data,
                new LrsSettings(proxy.endpoint(), "key", "secret", true),
                COURSE,
                id -> "Learner " + id,
                Clock.systemUTC(),
                FAST);
        started.add(s);
        return s;
    }

    private static List<JsonObject> statements(LearnerProgress progress) {
        return new ResultStatements(COURSE, XapiOptions.DEFAULTS)
                .all(new LearnerRecords(progress.learner(), "Learner " + progress.learner(), progress));
    }

    private static List<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.get("id").getAsString()).toList();
    }

    /** The ids of the learner's statements the store holds, read straight from it, duplicates and all. */
    private static List<String> idsInStore(String learner) throws Exception {
        List<String> ids = new ArrayList<>();
        AtomicInteger pages = new AtomicInteger();
        new LrsClient(new LrsSettings(lrs.endpoint(), "k", "s", true))
                .statements(
                        StatementQuery.about(XapiOptions.DEFAULT_ACTIVITY_BASE + "course")
                                .withLimit(50),
                        s -> {
                            if (learner.equals(s.getAsJsonObject("actor")
                                    .getAsJsonObject("account")
                                    .get("name")
                                    .getAsString())) {
                                ids.add(s.get("id").getAsString());
                            }
                        },
                        (p, n) -> pages.set(p));
        return ids;
    }

    /**
     * All sent, after sending something: a service started with an empty outbox says "all sent" before the results
     * just queued are taken up.
     */
    private static boolean sentSomethingAndAll(SendStatus s) {
        return s.state() == State.ALL_SENT && s.lastSentAt().isPresent();
    }

    private static SendStatus await(LrsService service, Predicate<SendStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            SendStatus s = service.status();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Status not reached in " + PATIENCE + "; it is " + service.status());
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
