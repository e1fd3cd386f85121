package org.empathytrainer.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.VoteTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VotesFileTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Ballot BALLOT = new Ballot(
            "porch-parcel/discuss",
            "Porch parcel, Discuss",
            "What do you say first?",
            List.of(
                    new Ballot.Option("calm", "Say \"sorry\", then listen"),
                    new Ballot.Option("blame", "=Did you, check, properly?\nReally?")),
            "calm");

    @TempDir
    Path data;

    @Test
    void oneRowPerOptionQuotedAsRfc4180Asks() {
        VoteTally tally = VoteTally.EMPTY.add(BALLOT, 1).add(BALLOT, 1).add(BALLOT, 2);

        assertThat(VotesFile.csv(tally))
                .isEqualTo(VotesFile.HEADER + "\r\n"
                        + "\"Porch parcel, Discuss\",What do you say first?,1,calm,\"Say \"\"sorry\"\", then listen\",2,yes\r\n"
                        + "\"Porch parcel, Discuss\",What do you say first?,2,blame,"
                        + "\"'=Did you, check, properly?\nReally?\",1,no\r\n");
    }

    @Test
    void savedInTheClassroomFolderWithAByteOrderMarkAndNeverOverAnotherFile() throws IOException {
        VoteTally tally = VoteTally.EMPTY.add(BALLOT, 1);

        Path first = VotesFile.saveInDataFolder(data, tally, NOW);
        Path second = VotesFile.saveInDataFolder(data, tally, NOW);

        assertThat(first).isEqualTo(data.resolve("classroom").resolve("votes-20260302-093000.csv"));
        assertThat(second).isEqualTo(data.resolve("classroom").resolve("votes-20260302-093000-2.csv"));
        byte[] bytes = Files.readAllBytes(first);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + VotesFile.csv(tally));
        try (var files = Files.list(first.getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedInTheMessage() throws IOException {
        Files.writeString(data.resolve("classroom"), "a file in the way");

        assertThatThrownBy(() -> VotesFile.saveInDataFolder(data, VoteTally.EMPTY.add(BALLOT, 1), NOW))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(data.resolve("classroom").toString())
                .hasMessageContaining("cannot be created");
    }
}
