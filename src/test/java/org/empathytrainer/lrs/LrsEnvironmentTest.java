package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.empathytrainer.records.export.ExportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment's key and secret are used for sending, never written into the settings file: the app runs in a JVM of
 * its own here, as only a new process can be given environment variables.
 */
class LrsEnvironmentTest {
    @TempDir
    Path data;

    @Test
    void theEnvironmentsCredentialsSendButTheSettingsScreenSavesOnlyTheSavedOnes() throws Exception {
        LrsSettingsStore store = new LrsSettingsStore(data);
        store.save(new LrsSettings("http://127.0.0.1:9/xAPI/", "saved-key", "saved-secret", false));

        String printed = runWithEnvironment();

        assertThat(printed).contains("sending with env-key/env-secret").contains("screen shows saved-key/saved-secret");
        LrsSettings file = store.load();
        assertThat(file.key()).isEqualTo("saved-key");
        assertThat(file.secret()).isEqualTo("saved-secret");
        assertThat(file.enabled()).as("the change saved from the screen").isTrue();
    }

    private String runWithEnvironment() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Probe.class.getName(),
                        data.toString())
                .redirectErrorStream(true);
        builder.environment().put(LrsSettings.KEY_VARIABLE, "env-key");
        builder.environment().put(LrsSettings.SECRET_VARIABLE, "env-secret");
        Process p = builder.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("The probe did not finish within a minute:\n" + output);
        }
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    /** Starts the service as the app does, then saves from what the settings screen is given, turning sending on. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            LrsService service = LrsService.start(Path.of(args[0]), ExportFixtures.COURSE, id -> id, Clock.systemUTC());
            LrsSettings sending = service.settings();
            LrsSettings screen = service.savedSettings();
            System.out.println("sending with " + sending.key() + "/" + sending.secret());
            System.out.println("screen shows " + screen.key() + "/" + screen.secret());
            service.save(screen.withEnabled(true));
            service.stop();
        }
    }
}
