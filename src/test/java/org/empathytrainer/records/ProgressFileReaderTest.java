package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.StoreNotice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress files read a part at a time ({@link ProgressFileReader}), through the store as the app reads them. */
class ProgressFileReaderTest {
    @TempDir
    Path data;

    /** Two earlier attempts, at the porch case then the billing case, each started again. */
    private static LearnerProgress withHistory() {
        return ProgressFixtures.full()
                .restart("porch-parcel", 2, ProgressFixtures.at(50))
                .restart("billing-error", 1, ProgressFixtures.at(51));
    }

    private ProgressStore store() {
        return new ProgressStore(data, ProgressFixtures.CLOCK);
    }

    private Path write(String text) throws IOException {
        Path file = store().file(ProgressFixtures.LEARNER);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String written(LearnerProgress p) {
        return ProgressJson.write(p, ProgressFixtures.NOW);
    }

    /** The notice of a load that found the file unusable: its kind and detail. */
    private StoreNotice noticeOf(String text) throws IOException {
        write(text);
        LoadResult loaded = store().load(ProgressFixtures.LEARNER);
        assertThat(loaded.notices()).hasSize(1);
        return loaded.notices().get(0);
    }

    @Test
    void aSavedHistoryReadsBackTheSame() throws Exception {
        LearnerProgress p = withHistory();
        store().save(p);

        LoadResult loaded = store().load(ProgressFixtures.LEARNER);

        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.progress()).isEqualTo(p);
        assertThat(loaded.progress().history()).hasSize(2);
    }

    @Test
    void whatTheAppWritesIsReadStraightIntoRecordsAsTheCarefulReaderReadsIt() throws Exception {
        LearnerProgress p = withHistory();
        String text = written(p);

        LearnerProgress fast = ProgressFastReader.readOrNull(new StringReader(text), ProgressFixtures.LEARNER);

        assertThat(fast).isEqualTo(p);
        assertThat(ProgressFileReader.read(new StringReader(text), ProgressFixtures.LEARNER))
                .isEqualTo(p);
    }

    @Test
    void whatTheFastReaderLeavesTheCarefulOneReadsTheSame() throws Exception {
        String text = written(withHistory());
        List<String> edited = List.of(
                text.replace("\"caseVersion\": 2", "\"caseVersion\": 2.0"),
                text.replace("\"scene\": 3", "\"scene\": 3, \"mood\": \"calm\""),
                text.replaceFirst("\"caseId\": \"porch-parcel\",", "\"caseId\": \"porch-parcel\", \"notes\": [1, 2],"));

        for (String variant : edited) {
            assertThat(ProgressFastReader.readOrNull(new StringReader(variant), ProgressFixtures.LEARNER))
                    .isNull();
            assertThat(ProgressJson.read(variant.getBytes(StandardCharsets.UTF_8), ProgressFixtures.LEARNER))
                    .isEqualTo(ProgressFileReader.read(new StringReader(variant), ProgressFixtures.LEARNER))
                    .isEqualTo(withHistory());
        }
    }

    @Test
    void aFileWithItsHistoryBeforeTheOtherMembersIsStillRead() throws Exception {
        LearnerProgress p = withHistory();
        JsonObject app = JsonParser.parseString(written(p)).getAsJsonObject();
        JsonObject moved = new JsonObject();
        moved.add("history", app.get("history"));
        app.entrySet().stream()
                .filter(e -> !e.getKey().equals("history"))
                .forEach(e -> moved.add(e.getKey(), e.getValue()));
        write(moved.toString());

        assertThat(store().load(ProgressFixtures.LEARNER).progress()).isEqualTo(p);
    }

    @Test
    void aFileOfAnEarlierAppWithoutHistoryIsRead() throws Exception {
        write("{\"schemaVersion\":1,\"learner\":\"default\",\"story\":{\"scene\":2,\"reflection\":\"ok\"},"
                + "\"cases\":{}}");

        LoadResult loaded = store().load(ProgressFixtures.LEARNER);

        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.progress().story().scene()).isEqualTo(2);
        assertThat(loaded.progress().history()).isEmpty();
    }

    @Test
    void aBadFieldInAnEarlierAttemptIsNamedWithTheFile() throws Exception {
        String text = written(withHistory());
        int first = nth(text, "\"status\": \"done\"", 0, text.indexOf("\"history\""));
        String broken = text.substring(0, first) + "\"status\": \"finished\"" + text.substring(first + 16);

        StoreNotice notice = noticeOf(broken);

        assertThat(notice.file()).isEqualTo(store().file(ProgressFixtures.LEARNER));
        assertThat(notice.kind()).isEqualTo(Kind.STARTED_FRESH);
        assertThat(notice.detail()).startsWith("history[0].steps.place.status: \"finished\" is not one of");
        assertThat(notice.movedTo()).exists();
    }

    @Test
    void textThatIsNotJsonLaterInTheFileOutranksABadFieldBeforeIt() throws Exception {
        String text = written(withHistory());
        String broken = text.replaceFirst("\"caseId\": \"porch-parcel\"", "\"caseId\": 7");
        broken = broken.substring(0, broken.lastIndexOf('}')) + ",}";

        StoreNotice notice = noticeOf(broken);

        assertThat(notice.detail()).startsWith("the JSON is not valid: ");
    }

    @Test
    void aWrongValueInTheHistoryQuotesIt() throws Exception {
        String text = written(withHistory());
        String broken = text.replaceFirst("\"caseId\": \"porch-parcel\"", "\"caseId\": 7");

        assertThat(noticeOf(broken).detail()).isEqualTo("history[0].caseId: must be a string, not 7");
    }

    @Test
    void aHistoryThatIsNotAListIsRefused() throws Exception {
        String text = written(ProgressFixtures.full());
        String broken = text.substring(0, text.lastIndexOf('}')) + ",\n  \"history\": {}\n}\n";

        assertThat(noticeOf(broken).detail()).isEqualTo("history: must be a list");
    }

    @Test
    void aFileCutShortInItsHistoryIsDamagedNotUnreadable() throws Exception {
        String text = written(withHistory());
        String cut = text.substring(0, text.indexOf("\"history\"") + 400);

        StoreNotice notice = noticeOf(cut);

        assertThat(notice.kind()).isEqualTo(Kind.STARTED_FRESH);
        assertThat(notice.detail()).startsWith("the JSON is not valid: ");
    }

    @Test
    void aFieldTwiceInAnEarlierAttemptIsRefused() throws Exception {
        String text = written(withHistory());
        int at = text.indexOf("\"caseId\"", text.indexOf("\"history\""));
        String broken = text.substring(0, at) + "\"caseVersion\": 2, " + text.substring(at);

        assertThat(noticeOf(broken).detail()).contains("history[0].caseVersion", "appears twice");
    }

    @Test
    void bytesThatAreNotUtf8InTheHistoryAreRefused() throws Exception {
        byte[] text = written(withHistory()).getBytes(StandardCharsets.UTF_8);
        int at = new String(text, StandardCharsets.ISO_8859_1).lastIndexOf("I waited");
        text[at] = (byte) 0xC3;
        text[at + 1] = (byte) 0x28;
        Path file = write("");
        Files.write(file, text);

        LoadResult loaded = store().load(ProgressFixtures.LEARNER);

        assertThat(loaded.notices()).extracting(StoreNotice::detail).containsExactly("the file is not UTF-8 text");
    }

    @Test
    void aNewerAppsFileIsLeftAloneWhateverItsHistoryHolds() throws Exception {
        String text = written(withHistory()).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9");
        text = text.replace("\"caseId\": \"porch-parcel\"", "\"caseRef\": {\"id\": \"porch-parcel\"}");
        Path file = write(text);

        LoadResult loaded = store().load(ProgressFixtures.LEARNER);

        assertThat(loaded.notices()).extracting(StoreNotice::kind).containsExactly(Kind.NEWER_VERSION);
        assertThat(file).hasContent(text);
    }

    @Test
    void aPreloadedLearnerIsLoadedFromTheReadingAndOnlyOnce() throws Exception {
        LearnerProgress p = withHistory();
        ProgressStore store = store();
        store.save(p);
        List<Runnable> later = new ArrayList<>();

        store.preload(ProgressFixtures.LEARNER, later::add);
        assertThat(later).hasSize(1);
        later.get(0).run();
        Files.delete(store.file(ProgressFixtures.LEARNER)); // what was read is what the load gives

        assertThat(store.load(ProgressFixtures.LEARNER).progress()).isEqualTo(p);
        assertThat(store.load(ProgressFixtures.LEARNER).progress().history()).isEmpty();
    }

    @Test
    void aPreloadAskedForAfterTheFirstLoadReadsNothing() throws Exception {
        ProgressStore store = store();
        store.save(withHistory());
        store.load(ProgressFixtures.LEARNER);
        List<Runnable> later = new ArrayList<>();

        store.preload(ProgressFixtures.LEARNER, later::add);
        LearnerProgress newer = withHistory().restart("porch-parcel", 2, ProgressFixtures.at(90));
        store.save(newer);

        assertThat(later).isEmpty();
        assertThat(store.load(ProgressFixtures.LEARNER).progress()).isEqualTo(newer);
    }

    /** Where the {@code n}th (from 0) {@code what} is in {@code text} from {@code from}. */
    private static int nth(String text, String what, int n, int from) {
        int at = text.indexOf(what, from);
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
        }
        assertThat(at).isNotNegative();
        return at;
    }
}
