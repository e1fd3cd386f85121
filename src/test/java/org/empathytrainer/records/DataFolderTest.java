package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final String LINUX = "Linux";
    private static final String HOME = "/home/ana";

    @Test
    void optionWinsOverEnvironmentAndPlatform() {
        Path resolved = DataFolder.resolve(
                Optional.of(Path.of("/srv/trainer")),
                Map.of(DataFolder.HOME_VARIABLE, "/env/trainer", "XDG_DATA_HOME", "/xdg"),
                LINUX,
                HOME);

        assertThat(resolved).isEqualTo(Path.of("/srv/trainer"));
    }

    @Test
    void relativeOptionIsTakenFromTheWorkingFolder() {
        Path resolved = DataFolder.resolve(Optional.of(Path.of("class-data")), Map.of(), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of("class-data").toAbsolutePath());
    }

    @Test
    void environmentVariableWinsOverPlatform() {
        Path resolved = DataFolder.resolve(
                Optional.empty(),
                Map.of(DataFolder.HOME_VARIABLE, "/env/trainer", "APPDATA", "C:\\Users\\ana\\AppData\\Roaming"),
                "Windows 11",
                HOME);

        assertThat(resolved).isEqualTo(Path.of("/env/trainer"));
    }

    @Test
    void blankEnvironmentValuesAreIgnored() {
        Path resolved = DataFolder.resolve(
                Optional.empty(), Map.of(DataFolder.HOME_VARIABLE, "  ", "XDG_DATA_HOME", ""), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of(HOME, ".local", "share", "empathy-trainer"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Path resolved = DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/ana"), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/ana/empathy-trainer"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), LINUX, HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/empathy-trainer"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecRequires() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "data"), LINUX, HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/empathy-trainer"));
    }

    @Test
    void otherUnixFollowsTheXdgRule() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "FreeBSD", "/usr/home/ana"))
                .isEqualTo(Path.of("/usr/home/ana/.local/share/empathy-trainer"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/ana"))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Empathy Trainer"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ana\\AppData\\Roaming";

        assertThat(DataFolder.resolve(Optional.empty(), Map.of("APPDATA", appData), "Windows 10", "C:\\Users\\ana"))
                .isEqualTo(Path.of(appData).resolve("Empathy Trainer"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderTheHomeFolder() {
        String home = "C:\\Users\\ana";

        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Windows 10", home))
                .isEqualTo(Path.of(home).resolve("AppData").resolve("Roaming").resolve("Empathy Trainer"));
    }

    @Test
    void unknownHomeFolderIsReportedWithTheWayOut() {
        assertThatThrownBy(() -> DataFolder.resolve(Optional.empty(), Map.of(), LINUX, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--data-dir");
    }
}
