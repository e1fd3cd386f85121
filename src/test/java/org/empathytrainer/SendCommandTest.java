package org.empathytrainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.lrs.FaultProxy;
import org.empathytrainer.lrs.LrsFixtures;
import org.empathytrainer.lrs.NodeLrs;
import org.empathytrainer.lrs.Outbox;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --send-xapi}, to a real learning record store: what it sends, what it says, and its exit status. */
class SendCommandTest {
    private static NodeLrs lrs;

    @TempDir
    Path tmp;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<LaunchOptions> launches = new ArrayList<>();

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
    void twoLearners() throws StoreException {
        data = tmp.resolve("data");
        ProgressStore store = new ProgressStore(data, Clock.systemUTC());
        store.save(LrsFixtures.progress("cli-ana-" + System.nanoTime(), 2, "porch-parcel", "missed-connection"));
        store.save(LrsFixtures.progress("cli-ben-" + System.nanoTime(), 1, "frozen-bank-card"));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), launches::add);
    }

    @Test
    void sendsWhatWasNotSentThenNothingThenEverythingWhenAskedAgain() throws StoreException {
        String[] send = {"--send-xapi", "--data-dir", data.toString(), "--lrs-endpoint", lrs.endpoint()};

        assertThat(run(send)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Sent 17 statements to " + lrs.endpoint());
        assertThat(run(send)).isZero();
        assertThat(out.toString()).startsWith("Sent 0 statements");

        String[] resend = {
            "--send-xapi", "--resend-all", "--data-dir", data.toString(), "--lrs-endpoint", lrs.endpoint()
        };
        assertThat(run(resend)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Sent 17 statements");
        assertThat(Outbox.open(data).waitingCount()).isZero();
        assertThat(launches).isEmpty();
    }

    @Test
    void aRefusedKeyIsOneLineAndStatusOneAndTheResultsStayQueued() throws IOException, StoreException {
        try (FaultProxy proxy = new FaultProxy(lrs.endpoint())) {
            proxy.fault(FaultProxy.Fault.UNAUTHORISED);

            int status = run("--send-xapi", "--data-dir", data.toString(), "--lrs-endpoint", proxy.endpoint());

            assertThat(status).isEqualTo(1);
            assertThat(err.toString()).contains("Not sent, 17 statements: The LRS refused the key (HTTP 401)");
            assertThat(Outbox.open(data).waitingCount()).isEqualTo(17);
        }
    }

    @Test
    void anEmptyDataFolderIsStatusOneNamingTheFolder() {
        Path empty = tmp.resolve("typo");

        int status = run("--send-xapi", "--data-dir", empty.toString(), "--lrs-endpoint", lrs.endpoint());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing to send: there is no learner's progress in " + empty);
    }

    @Test
    void progressOnCasesTheCourseLacksIsRefusedUnlessAllowed() throws StoreException {
        new ProgressStore(data, Clock.systemUTC())
                .save(LrsFixtures.progress("cli-cat-" + System.nanoTime(), 1, "trainers-own-case"));
        String[] send = {"--send-xapi", "--data-dir", data.toString(), "--lrs-endpoint", lrs.endpoint()};

        assertThat(run(send)).isEqualTo(1);
        assertThat(err.toString()).contains("Progress on cases the course does not have: trainers-own-case");

        String[] allowed = {
            "--send-xapi", "--allow-missing-cases", "--data-dir", data.toString(), "--lrs-endpoint", lrs.endpoint()
        };
        assertThat(run(allowed)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Sent 23 statements");
    }

    @Test
    void usageErrorsAreStatusTwo() {
        assertThat(run("--send-xapi", "--data-dir", data.toString(), "--lrs-endpoint", "ftp://lrs.example.org/"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("must start with https://");
        assertThat(run("--send-xapi", "--data-dir", data.toString(), "--lrs-endpoint", "https:///xAPI/"))
                .isEqualTo(2);
        assertThat(run("--resend-all", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("only given with --send-xapi");
        assertThat(run("--send-xapi", "--learner", "ana", "--data-dir", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--learner is not given with it");
        assertThat(run("--send-xapi", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("No LRS to send to");
        assertThat(launches).isEmpty();
    }
}
