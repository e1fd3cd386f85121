package org.empathytrainer.records.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.empathytrainer.practice.CaseProgress;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.profiles.ProfileException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path data;

    private MutableClock clock;
    private ProfileStore store;

    @BeforeEach
    void openStore() {
        clock = new MutableClock(START);
        store = new ProfileStore(data, clock);
    }

    @Test
    void aNewProfileGetsAnIdMadeFromItsNameAndIsSaved() throws Exception {
        Profile ana = store.create("  Ana María ", null);

        assertThat(ana.id()).isEqualTo("ana-maria");
        assertThat(ana.name()).isEqualTo("Ana María");
        assertThat(ana.createdAt()).isEqualTo(START);
        assertThat(ana.hasPin()).isFalse();
        assertThat(new ProfileStore(data, clock).find("ana-maria")).contains(ana);
        assertThat(Files.readString(data.resolve("profiles.json"))).contains("\"schemaVersion\": 1");
    }

    @Test
    void idsStayUniqueAndValidWhateverTheName() throws Exception {
        assertThat(store.create("Ana-Maria", null).id()).isEqualTo("ana-maria");
        assertThat(store.create("Ana Maria!", null).id()).isEqualTo("ana-maria-2");
        assertThat(store.create("Con", null).id()).isEqualTo("con-2");
        assertThat(store.create("玲", null).id()).isEqualTo("learner");
        assertThat(store.create("美", null).id()).isEqualTo("learner-2");
    }

    @Test
    void theListIsSortedByNameIgnoringCaseAndNamesAreFoundTrimmedIgnoringCase() throws Exception {
        store.create("bruno", null);
        store.create("Zoë", null);
        store.create("Ana", null);

        assertThat(store.list()).extracting(Profile::name).containsExactly("Ana", "bruno", "Zoë");
        assertThat(store.findByName("  BRUNO ")).map(Profile::id).contains("bruno");
        assertThat(store.findByName("Carla")).isEmpty();
    }

    @Test
    void badNamesAreRefusedInPlainWords() {
        assertThatThrownBy(() -> store.create("   ", null))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("needs a name")
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.BLANK_NAME));
        assertThatThrownBy(() -> store.create("x".repeat(41), null))
                .hasMessageContaining("at most 40 characters")
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.NAME_TOO_LONG));
        assertThatThrownBy(() -> store.create("Ana\nBruno", null)).hasMessageContaining("one line");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aNameTakenIgnoringCaseIsRefused() throws Exception {
        store.create("Ana", null);
        Profile bruno = store.create("Bruno", null);

        assertThatThrownBy(() -> store.create(" ANA ", null))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("already a learner called \"Ana\"")
                .satisfies(e -> assertThat(((ProfileException) e).subject()).isEqualTo("Ana"));
        assertThatThrownBy(() -> store.rename(bruno.id(), "ana")).hasMessageContaining("already a learner");
        assertThat(store.rename(bruno.id(), "BRUNO").name()).isEqualTo("BRUNO");
    }

    @Test
    void lookAlikeNamesAreOneNameAndAreStoredClean() throws Exception {
        store.create("Ana", null);
        for (String lookAlike : List.of("Ana\u200B", "Ana\u00A0", "\uFEFFAna", "A\u200Dna", "\u202EAna")) {
            assertThatThrownBy(() -> store.create(lookAlike, null))
                    .as(lookAlike)
                    .hasMessageContaining("already a learner called \"Ana\"");
            assertThat(store.findByName(lookAlike)).map(Profile::name).contains("Ana");
        }
        Profile jose = store.create("Jose\u0301\u00A0\u00A0Luis\u200B", null);

        assertThat(jose.name()).isEqualTo("Jos\u00E9 Luis");
        assertThatThrownBy(() -> store.create("Jos\u00E9 Luis", null)).isInstanceOf(ProfileException.class);
        assertThat(new ProfileStore(data, clock).list())
                .extracting(Profile::name)
                .containsExactly("Ana", "Jos\u00E9 Luis");
    }

    @Test
    void theRightPinIsAcceptedAndAWrongOneRefused() throws Exception {
        Profile ana = store.create("Ana", "4821".toCharArray());
        Profile bruno = store.create("Bruno", null);

        assertThat(ana.hasPin()).isTrue();
        assertThat(store.checkPin(ana.id(), "4821".toCharArray())).isTrue();
        assertThat(store.checkPin(ana.id(), "4822".toCharArray())).isFalse();
        assertThat(store.checkPin(ana.id(), "48".toCharArray())).isFalse();
        assertThat(store.checkPin(bruno.id(), new char[0]))
                .as("no PIN to check")
                .isTrue();
        assertThatThrownBy(() -> store.checkPin("carla", "4821".toCharArray()))
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.UNKNOWN_PROFILE));
    }

    @Test
    void aPinRestsLongerAfterEachWrongTryAcrossRestartsAndTheRightPinEndsIt() throws Exception {
        Profile ana = store.create("Ana", "4821".toCharArray());

        assertThat(store.checkPin(ana.id(), "1111".toCharArray())).isFalse();
        assertThat(store.pinRest(ana.id())).isEqualTo(Duration.ofMillis(1500));
        assertThat(store.checkPin(ana.id(), "4821".toCharArray()))
                .as("the right PIN while it rests")
                .isFalse();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(2));
            store.checkPin(ana.id(), "1111".toCharArray());
        }
        assertThat(store.pinRest(ana.id())).isEqualTo(Duration.ofSeconds(30));
        ProfileStore restarted = new ProfileStore(data, clock);
        assertThat(restarted.pinRest(ana.id())).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(31));
        restarted.checkPin(ana.id(), "1111".toCharArray());
        assertThat(restarted.pinRest(ana.id())).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(2));
        assertThat(restarted.checkPin(ana.id(), "4821".toCharArray())).isTrue();
        assertThat(new ProfileStore(data, clock).pinRest(ana.id())).isZero();
        assertThat(PinRest.restAfter(12)).isEqualTo(PinRest.LONGEST);
    }

    @Test
    void aPinIsFourToTwelveDigits() throws Exception {
        for (String bad : List.of("123", "1234567890123", "12a4", "12 34", "")) {
            assertThatThrownBy(() -> store.create("Ana", bad.toCharArray()))
                    .as(bad)
                    .hasMessageContaining("4 to 12 digits")
                    .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.PIN_FORMAT));
        }
        assertThat(store.list()).isEmpty();
        assertThat(store.create("Ana", "123456789012".toCharArray()).hasPin()).isTrue();
    }

    @Test
    void thePinIsNeverStoredInClearOnlyAsASaltedSlowHash() throws Exception {
        store.create("Ana", "90817263".toCharArray());
        store.create("Bruno", "90817263".toCharArray());

        String text = Files.readString(data.resolve("profiles.json"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("90817263");
        JsonObject ana = pinOf(text, 0);
        JsonObject bruno = pinOf(text, 1);
        assertThat(ana.get("algorithm").getAsString()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(ana.get("iterations").getAsInt()).isGreaterThanOrEqualTo(100_000);
        assertThat(Base64.getDecoder().decode(ana.get("salt").getAsString())).hasSize(16);
        assertThat(ana.get("salt")).as("each PIN has its own salt").isNotEqualTo(bruno.get("salt"));
        assertThat(ana.get("hash")).as("so the same PIN hashes differently").isNotEqualTo(bruno.get("hash"));
        assertThat(store.find("ana").orElseThrow().pin().toString())
                .doesNotContain(ana.get("hash").getAsString());
    }

    @Test
    void aPinCanBeSetChangedAndRemoved() throws Exception {
        Profile ana = store.create("Ana", null);

        store.setPin(ana.id(), "1111".toCharArray());
        assertThat(store.checkPin(ana.id(), "1111".toCharArray())).isTrue();
        store.setPin(ana.id(), "2222".toCharArray());
        assertThat(store.checkPin(ana.id(), "1111".toCharArray())).isFalse();
        store.setPin(ana.id(), null);
        assertThat(store.find(ana.id()).orElseThrow().hasPin()).isFalse();
    }

    @Test
    void renamingKeepsTheIdAndTheProgress() throws Exception {
        Profile ana = store.create("Ana", null);
        saveProgress(ana.id());

        Profile renamed = store.rename(ana.id(), "Ana Lima");

        assertThat(renamed.id()).isEqualTo("ana");
        assertThat(store.list()).extracting(Profile::name).containsExactly("Ana Lima");
        assertThat(new ProgressStore(data, clock).load("ana").progress().caseProgress("porch-parcel"))
                .isPresent();
        assertThatThrownBy(() -> store.rename("nobody", "X")).hasMessageContaining("\"nobody\"");
    }

    @Test
    void deletingMovesTheLearnersFilesToTheTrash() throws Exception {
        Profile ana = store.create("Ana", null);
        Profile ana2 = store.create("Ana!", null);
        saveProgress(ana.id());
        saveProgress(ana.id());
        saveProgress(ana2.id());
        Path progress = data.resolve("progress");
        Files.writeString(progress.resolve("ana.json.corrupt-20260101-000000"), "{");
        Files.writeString(progress.resolve(".ana.json-1234.tmp"), "{ half a save");

        TrashedProfile trashed = store.delete(ana.id());

        assertThat(trashed.trashId()).isEqualTo("ana-20260302-093000");
        assertThat(trashed.folder()).isEqualTo(data.resolve("trash").resolve("ana-20260302-093000"));
        assertThat(trashed.deletedAt()).isEqualTo(START);
        assertThat(trashed.purgeAfter()).isEqualTo(Instant.parse("2026-04-01T09:30:00Z"));
        assertThat(files(progress)).containsExactly("ana-2.json");
        assertThat(files(trashed.folder().resolve("progress")))
                .containsExactly(".ana.json-1234.tmp", "ana.json", "ana.json.bak", "ana.json.corrupt-20260101-000000");
        assertThat(Files.readString(trashed.folder().resolve("profile.json"))).contains("\"deletedAt\"", "\"Ana\"");
        assertThat(store.list()).extracting(Profile::id).containsExactly("ana-2");
        assertThat(store.trash()).containsExactly(trashed);
    }

    @Test
    void aDeletedLearnerCanBeRestoredWithinThirtyDays() throws Exception {
        Profile ana = store.create("Ana", "4821".toCharArray());
        saveProgress(ana.id());
        TrashedProfile trashed = store.delete(ana.id());
        clock.advance(java.time.Duration.ofDays(29));

        Profile restored = store.restore(trashed.trashId());

        assertThat(restored).isEqualTo(ana);
        assertThat(store.checkPin("ana", "4821".toCharArray())).isTrue();
        assertThat(new ProgressStore(data, clock).load("ana").progress().caseProgress("porch-parcel"))
                .isPresent();
        assertThat(store.trash()).isEmpty();
        assertThat(trashed.folder()).doesNotExist();
        assertThatThrownBy(() -> store.restore(trashed.trashId()))
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.UNKNOWN_TRASH));
    }

    @Test
    void theIdOfADeletedLearnerIsNotReusedAndRestoringUnderATakenNameIsRefused() throws Exception {
        TrashedProfile trashed = store.delete(store.create("Ana", null).id());
        Profile newAna = store.create("ana", null);

        assertThat(newAna.id()).isEqualTo("ana-2");
        assertThatThrownBy(() -> store.restore(trashed.trashId()))
                .hasMessageContaining("already a learner called")
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.NAME_TAKEN));
        assertThat(store.trash()).hasSize(1);

        Profile restored = store.restore(trashed.trashId(), "Ana (2025)");
        assertThat(restored.id()).isEqualTo("ana");
        assertThat(store.list()).extracting(Profile::name).containsExactly("ana", "Ana (2025)");
    }

    @Test
    void thirtyDaysAfterDeletionTheTrashIsEmptiedForGood() throws Exception {
        saveProgress(store.create("Ana", null).id());
        TrashedProfile trashed = store.delete("ana");
        clock.advance(TrashedProfile.KEPT_FOR.minusSeconds(1));
        assertThat(store.trash()).hasSize(1);

        clock.advance(java.time.Duration.ofSeconds(1));

        assertThat(new ProfileStore(data, clock).trash()).isEmpty();
        assertThat(trashed.folder()).doesNotExist();
        assertThat(store.create("Ana", null).id()).as("the id is free again").isEqualTo("ana");
    }

    @Test
    void progressFromBeforeProfilesBecomesAProfileNamedAfterItsId() throws Exception {
        saveProgress("default");

        List<Profile> found = store.list();

        assertThat(found)
                .extracting(Profile::id, Profile::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("default", "default"));
        assertThat(data.resolve("profiles.json")).exists();
        assertThat(new ProgressStore(data, clock).load("default").progress().caseProgress("porch-parcel"))
                .isPresent();
        assertThat(store.rename("default", "Ana").id()).isEqualTo("default");
        assertThat(new ProfileStore(data, clock).list())
                .extracting(Profile::name)
                .containsExactly("Ana");
    }

    @Test
    void withNoProfilesAndNoProgressNothingIsWritten() {
        assertThat(store.list()).isEmpty();
        assertThat(store.trash()).isEmpty();
        assertThat(data.resolve("profiles.json")).doesNotExist();
    }

    @Test
    void aDamagedFileIsMovedAsideAndTheBackupUsed() throws Exception {
        store.create("Ana", null);
        store.create("Bruno", null);
        Files.writeString(data.resolve("profiles.json"), "{ \"schemaVersion\": 1, \"profiles\": [ { \"id\": 3 ");

        List<Profile> loaded = store.list();

        assertThat(loaded).extracting(Profile::name).containsExactly("Ana");
        assertThat(files(data)).contains("profiles.json", "profiles.json.bak", "profiles.json.corrupt-20260302-093000");
        ProfilesNotice notice = store.notices().get(0);
        assertThat(notice.kind()).isEqualTo(ProfilesNotice.Kind.RECOVERED_FROM_BACKUP);
        assertThat(notice.movedTo()).isEqualTo(data.resolve("profiles.json.corrupt-20260302-093000"));
        assertThat(notice.detail()).contains("JSON is not valid");
    }

    @Test
    void aDamagedFileWithoutABackupIsRebuiltFromTheProgressFiles() throws Exception {
        saveProgress("ana");
        Files.writeString(
                data.resolve("profiles.json"),
                "{ \"schemaVersion\": 1, \"profiles\": [ { \"id\": \"Ana!\", \"name\": \"Ana\" } ] }");

        assertThat(store.list()).extracting(Profile::id).containsExactly("ana");
        ProfilesNotice notice = store.notices().get(0);
        assertThat(notice.kind()).isEqualTo(ProfilesNotice.Kind.REBUILT_FROM_PROGRESS);
        assertThat(notice.detail()).startsWith("profiles[0].id:");
    }

    @Test
    void aFileFromANewerVersionIsLeftAsItIsAndNeverWritten() throws Exception {
        String newer = "{ \"schemaVersion\": 2, \"profiles\": [] }";
        Files.writeString(data.resolve("profiles.json"), newer);

        assertThat(store.list()).isEmpty();
        assertThat(store.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(ProfilesNotice.Kind.UNREADABLE);
            assertThat(n.detail()).contains("newer version").contains("file format 2");
        });
        assertThatThrownBy(() -> store.create("Ana", null)).isInstanceOf(ProfileException.class);
        assertThat(data.resolve("profiles.json")).hasContent(newer);
        assertThat(files(data)).containsExactly("profiles.json");
    }

    @Test
    void aFileThatCannotBeReadIsNeitherReplacedNorSavedOver() throws Exception {
        Files.createDirectories(data.resolve("profiles.json"));

        assertThat(store.list()).isEmpty();
        assertThat(store.notices()).extracting(ProfilesNotice::kind).containsExactly(ProfilesNotice.Kind.UNREADABLE);
        assertThatThrownBy(() -> store.create("Ana", null))
                .hasMessageContaining("will not be saved over")
                .satisfies(e -> assertThat(((ProfileException) e).problem()).isEqualTo(Problem.STORAGE));
        assertThat(data.resolve("profiles.json")).isDirectory();
    }

    private void saveProgress(String learner) throws StoreException {
        new ProgressStore(data, clock)
                .save(LearnerProgress.empty(learner).with(CaseProgress.start("porch-parcel", 1, clock.instant())));
    }

    private static JsonObject pinOf(String profilesJson, int index) {
        return JsonParser.parseString(profilesJson)
                .getAsJsonObject()
                .getAsJsonArray("profiles")
                .get(index)
                .getAsJsonObject()
                .getAsJsonObject("pin");
    }

    private static List<String> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
