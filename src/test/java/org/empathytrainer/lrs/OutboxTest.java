package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.export.ExportFixtures;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:42:00Z");
    private static final ResultStatements STATEMENTS =
            new ResultStatements(ExportFixtures.COURSE, XapiOptions.DEFAULTS);

    @TempDir
    Path data;

    private static List<JsonObject> of(LearnerProgress p) {
        return STATEMENTS.all(new LearnerRecords(p.learner(), "Ana", p));
    }

    @Test
    void aStatementIsQueuedOnceHoweverOftenItsProgressIsSavedAndAcrossRestarts() throws Exception {
        Outbox box = Outbox.open(data);
        List<JsonObject> one = of(LrsFixtures.progress("ana", 1, "late-refund"));
        List<JsonObject> two = of(LrsFixtures.progress("ana", 2, "late-refund"));

        assertThat(box.queue("ana", one, NOW)).isEqualTo(6);
        assertThat(box.queue("ana", one, NOW)).isZero();
        box.sent(box.batch(100));
        Outbox reopened = Outbox.open(data);

        assertThat(reopened.queue("ana", two, NOW)).isEqualTo(5);
        assertThat(reopened.waiting())
                .hasSize(5)
                .allSatisfy(w -> assertThat(w.what().who()).isEqualTo("Ana"));
        assertThat(Files.getPosixFilePermissions(reopened.folder().resolve("ana.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void progressedIsNotSentAndTheBaselineIsNotQueued() throws Exception {
        List<JsonObject> all = of(LrsFixtures.progress("ben", 2, "late-refund"));
        assertThat(all)
                .extracting(s -> s.getAsJsonObject("verb").get("id").getAsString())
                .doesNotContain("http://adlnet.gov/expapi/verbs/progressed");
        Outbox box = Outbox.open(data);

        box.baseline("ben", all);

        assertThat(box.queue("ben", all, NOW)).isZero();
        assertThat(box.queueAgain("ben", all, NOW)).isEqualTo(all.size());
    }

    @Test
    void aRefusedStatementIsKeptAsideUntilRetried() throws Exception {
        Outbox box = Outbox.open(data);
        box.queue("ana", of(LrsFixtures.progress("ana", 1, "late-refund")), NOW);
        Outbox.Pending first = box.batch(1).get(0);

        box.refuse(first, 400, "score.scaled out of range", NOW);
        Outbox reopened = Outbox.open(data);

        assertThat(reopened.waitingCount()).isEqualTo(5);
        assertThat(reopened.refused()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.reason()).isEqualTo("score.scaled out of range");
        });
        assertThat(reopened.retryRefused(NOW)).isEqualTo(1);
        assertThat(reopened.waitingCount()).isEqualTo(6);
    }
}
