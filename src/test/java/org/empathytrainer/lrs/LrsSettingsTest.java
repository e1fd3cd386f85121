package org.empathytrainer.lrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrsSettingsTest {
    @TempDir
    Path data;

    @Test
    void anEndpointMustBeHttpOrHttpsWithAHost() {
        assertThat(LrsSettings.endpointProblem("https://lrs.example.org/data/xAPI"))
                .isEmpty();
        assertThat(LrsSettings.endpointProblem("ftp://lrs.example.org/xAPI/"))
                .get()
                .asString()
                .contains("must start with https://");
        assertThat(LrsSettings.endpointProblem("lrs.example.org/xAPI/"))
                .get()
                .asString()
                .contains("must start with https://");
        assertThat(LrsSettings.endpointProblem("https:///xAPI/"))
                .get()
                .asString()
                .contains("names no host");
        assertThat(LrsSettings.endpointProblem("https://lrs.example.org/x?y=1"))
                .get()
                .asString()
                .contains("query");
        assertThat(LrsSettings.endpointProblem(" ")).get().asString().contains("missing");
        assertThatThrownBy(() -> new LrsSettings("http//oops", "k", "s", true)).hasMessageContaining("\"http//oops\"");
        assertThatThrownBy(() -> new LrsSettings("", "k", "s", true)).hasMessageContaining("endpoint");
    }

    @Test
    void theEndpointEndsWithASlashSoItsResourcesResolveUnderIt() {
        LrsSettings s = new LrsSettings("https://lrs.example.org/data/xAPI", "k", "s", true);

        assertThat(s.endpointUri().resolve("statements").toString())
                .isEqualTo("https://lrs.example.org/data/xAPI/statements");
    }

    @Test
    void theEnvironmentOverridesTheKeyAndSecretAndNothingShowsTheSecret() {
        LrsSettings saved = new LrsSettings("https://lrs.example.org/xAPI/", "saved-key", "saved-secret", true);

        LrsSettings used = saved.withEnvironment(
                Map.of(LrsSettings.KEY_VARIABLE, "env-key", LrsSettings.SECRET_VARIABLE, "env-secret"));

        assertThat(used.key()).isEqualTo("env-key");
        assertThat(used.secret()).isEqualTo("env-secret");
        assertThat(saved.withEnvironment(Map.of(LrsSettings.KEY_VARIABLE, " ")).key())
                .isEqualTo("saved-key");
        assertThat(used.toString()).doesNotContain("env-secret").contains("***");
    }

    @Test
    void theSettingsAreSavedInAFileOnlyTheirOwnerMayReadEvenIfSomeoneOpenedItUp() throws Exception {
        LrsSettingsStore store = new LrsSettingsStore(data);
        LrsSettings s = new LrsSettings("https://lrs.example.org/xAPI/", "key", "pa\"ss", true);

        store.save(s);
        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
        store.save(s.withEnabled(false));

        assertThat(Files.getPosixFilePermissions(store.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new LrsSettingsStore(data).load()).isEqualTo(s.withEnabled(false));
    }

    @Test
    void noFileIsNoSettingsAndADamagedOneIsNamed() throws Exception {
        LrsSettingsStore store = new LrsSettingsStore(data);
        assertThat(store.load()).isEqualTo(LrsSettings.NONE);

        Files.writeString(store.file(), "{\"endpoint\": \"gopher://x\"");
        assertThatThrownBy(store::load).hasMessageContaining(store.file().toString());
        Files.writeString(store.file(), "{\"endpoint\": \"gopher://x\"}");
        assertThatThrownBy(store::load)
                .hasMessageContaining(store.file().toString())
                .hasMessageContaining("must start with https://");
    }
}
