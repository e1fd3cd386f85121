package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.empathytrainer.records.ProgressFixtures.CLOCK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.empathytrainer.records.SettingsNotice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path data;

    private SettingsStore store() {
        return new SettingsStore(data, CLOCK);
    }

    private Path file() {
        return data.resolve("settings.json");
    }

    private void fileOf(String text) throws IOException {
        Files.writeString(file(), text);
    }

    @Test
    void savedSettingsAreLoadedAtTheNextStart() throws StoreException {
        Settings chosen = new Settings("projector", 175, true);
        store().save(chosen);

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(chosen);
        assertThat(loaded.notice()).isEmpty();
        assertThat(file())
                .hasContent("{\n  \"schemaVersion\": 1,\n  \"theme\": \"projector\",\n"
                        + "  \"scalePercent\": 175,\n  \"reducedMotion\": true\n}\n");
    }

    @Test
    void noFileMeansTheDefaultsWithoutANotice() {
        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void theDataFolderIsCreatedAndThePreviousSaveKeptAsTheBackup() throws StoreException {
        SettingsStore store = new SettingsStore(data.resolve("new").resolve("folder"), CLOCK);
        store.save(Settings.DEFAULTS.withTheme("dark"));
        store.save(Settings.DEFAULTS.withTheme("projector"));

        assertThat(store.file()).content().contains("\"projector\"");
        assertThat(store.file().resolveSibling("settings.json.bak")).content().contains("\"dark\"");
        assertThat(store.file().getParent()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aCorruptFileIsMovedAsideIntactAndTheDefaultsUsed() throws IOException {
        fileOf("{ \"schemaVersion\": 1, \"theme\": ");

        SettingsLoad loaded = store().load();

        Path aside = data.resolve("settings.json.corrupt-20250314-092653");
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(aside).hasContent("{ \"schemaVersion\": 1, \"theme\": ");
        assertThat(file()).doesNotExist();
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(n.file()).isEqualTo(file());
            assertThat(n.movedTo()).isEqualTo(aside);
            assertThat(n.detail()).startsWith("the JSON is not valid: ").contains("line 1");
        });
    }

    @Test
    void aFileWithoutASchemaVersionIsDamaged() throws IOException {
        fileOf("{ \"theme\": \"dark\", \"scalePercent\": 150, \"reducedMotion\": false }");

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.DAMAGED);
            assertThat(n.detail()).isEqualTo("schemaVersion: is missing");
        });
    }

    @Test
    void aFileFromANewerVersionIsLeftAsItIsAndNeverWritten() throws Exception {
        String newer = "{ \"schemaVersion\": 2, \"theme\": \"sepia\" }";
        fileOf(newer);
        SettingsStore store = store();

        SettingsLoad loaded = store.load();
        store.save(Settings.DEFAULTS.withTheme("dark"));

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.NEWER_VERSION);
            assertThat(n.movedTo()).isNull();
            assertThat(n.detail()).contains("newer version").contains("file format 2");
        });
        assertThat(file()).hasContent(newer);
        assertThat(data.resolve("settings.json.bak")).doesNotExist();
        try (var files = Files.list(data)) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void aDamagedFileIsReplacedByItsBackup() throws Exception {
        SettingsStore store = store();
        store.save(Settings.DEFAULTS.withTheme("dark"));
        store.save(Settings.DEFAULTS.withTheme("projector"));
        fileOf("{ \"schemaVersion\": 1, \"theme\": ");

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS.withTheme("dark"));
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.RESTORED);
            assertThat(n.movedTo()).hasFileName("settings.json.corrupt-20250314-092653");
        });
    }

    @Test
    void aFileLargerThanTheCapIsNotReadAndKeptAsItIs() throws Exception {
        fileOf(" ".repeat((int) SavedFiles.MAX_SETTINGS_BYTES) + "{}");
        long size = Files.size(file());
        SettingsStore store = store();

        SettingsLoad loaded = store.load();
        store.save(Settings.DEFAULTS.withTheme("dark"));

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.TOO_LARGE);
            assertThat(n.detail()).contains("larger than the 1 MB");
        });
        assertThat(Files.size(file())).isEqualTo(size);
    }

    @Test
    void outOfRangeValuesAreClampedAndTheOthersKept() throws IOException {
        fileOf("{ \"schemaVersion\": 1, \"theme\": \"dark\", \"scalePercent\": 400, \"reducedMotion\": true }");

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(new Settings("dark", 250, true));
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.ADJUSTED);
            assertThat(n.movedTo()).isNull();
            assertThat(n.detail()).isEqualTo("scalePercent 400 is more than the largest text size, 250; 250 is used");
        });
        assertThat(file()).exists();
    }

    @Test
    void everyUnusableValueIsNamedWithWhatIsUsedInstead() throws IOException {
        fileOf("{ \"schemaVersion\": 1, \"theme\": \"sepia\", \"scalePercent\": 130, \"reducedMotion\": \"yes\" }");

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(new Settings("light", 125, false));
        assertThat(loaded.notice().orElseThrow().detail())
                .isEqualTo("theme must be one of light, dark, projector, not \"sepia\"; light is used; "
                        + "scalePercent 130 is not one of 100, 125, 150, 175, 200, 225, 250; 125 is used; "
                        + "reducedMotion must be true or false, not \"yes\"; false is used");
    }

    @Test
    void aTooSmallOrFractionalSizeIsReplaced() throws IOException {
        fileOf("{ \"schemaVersion\": 1, \"theme\": \"light\", \"scalePercent\": 50, \"reducedMotion\": false }");
        assertThat(store().load().notice().orElseThrow().detail())
                .isEqualTo("scalePercent 50 is less than the smallest text size, 100; 100 is used");

        fileOf("{ \"schemaVersion\": 1, \"theme\": \"light\", \"scalePercent\": 1.5, \"reducedMotion\": false }");
        SettingsLoad loaded = store().load();
        assertThat(loaded.settings().scalePercent()).isEqualTo(100);
        assertThat(loaded.notice().orElseThrow().detail())
                .isEqualTo("scalePercent must be a whole number, not 1.5; 100 is used");
    }

    @Test
    void aFileThatCannotBeReadLeavesItInPlaceAndUsesTheDefaults() throws IOException {
        Files.createDirectories(file());

        SettingsLoad loaded = store().load();

        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.notice()).hasValueSatisfying(n -> {
            assertThat(n.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(n.movedTo()).isNull();
            assertThat(n.detail()).isNotBlank();
        });
        assertThat(file()).isDirectory();
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhereAndWhy() throws IOException {
        Path blocked = data.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the data folder should be");

        assertThatThrownBy(() -> new SettingsStore(blocked, CLOCK).save(Settings.DEFAULTS))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot save settings in " + blocked)
                .hasMessageContaining("a file is in the way");
    }
}
