package org.empathytrainer.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.VoteTally;

/**
 * A classroom session's votes as CSV, written as the exports write it ({@link Csv}: RFC 4180, UTF-8 with a byte-order
 * mark, formula-like text guarded). One row per option of each ballot voted on:
 * {@code ballot, question, option, option_id, option_text, votes, best}. Written atomically.
 */
public final class VotesFile {
    /** Where votes are kept when the trainer does not choose a file: {@code <data folder>/classroom}. */
    public static final String FOLDER = "classroom";

    static final String HEADER = "ballot,question,option,option_id,option_text,votes,best";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private VotesFile() {}

    /** The CSV text, without the byte-order mark. */
    public static String csv(VoteTally tally) {
        StringBuilder out = new StringBuilder(HEADER).append(Csv.LINE_END);
        for (Ballot ballot : tally.ballots()) {
            List<Integer> counts = tally.counts(ballot);
            for (int i = 0; i < ballot.options().size(); i++) {
                Ballot.Option option = ballot.options().get(i);
                out.append(String.join(
                                ",",
                                Csv.field(ballot.title()),
                                Csv.field(ballot.question()),
                                Integer.toString(i + 1),
                                Csv.field(option.id()),
                                Csv.field(option.text()),
                                Integer.toString(counts.get(i)),
                                option.id().equals(ballot.rightOptionId()) ? "yes" : "no"))
                        .append(Csv.LINE_END);
            }
        }
        return out.toString();
    }

    /** Saves into {@code <data folder>/classroom/votes-<yyyyMMdd-HHmmss>.csv} (UTC), never over another file. */
    public static Path saveInDataFolder(Path dataFolder, VoteTally tally, Instant now) throws StoreException {
        Path folder = dataFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot save the votes in " + folder + ": the folder cannot be created ("
                            + Causes.ofFolder(folder, e) + ")",
                    e);
        }
        String base = "votes-" + STAMP.format(now);
        Path file = folder.resolve(base + ".csv");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".csv");
        }
        save(file, tally);
        return file;
    }

    /** Saves to {@code file}, replacing it whole if it exists. */
    public static void save(Path file, VoteTally tally) throws StoreException {
        byte[] text = (Csv.BOM + csv(tally)).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, text, null);
        } catch (IOException e) {
            throw new StoreException("Cannot save the votes in " + file + ": " + e.getMessage(), e);
        }
    }
}
