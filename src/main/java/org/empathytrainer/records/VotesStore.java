package org.empathytrainer.records;

import java.nio.file.Path;
import java.time.Clock;
import org.empathytrainer.practice.VoteTally;

/** Where a classroom's votes are kept: a new file in the data folder's classroom folder for each session. */
public final class VotesStore {
    private final Path dataFolder;
    private final Clock clock;
    private final boolean readOnly;

    public VotesStore(Path dataFolder, Clock clock) {
        this(dataFolder, clock, false);
    }

    /** @param readOnly save nothing, as when another window of the app holds the data folder */
    public VotesStore(Path dataFolder, Clock clock, boolean readOnly) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** Saves {@code tally} in a file of its own (see {@link VotesFile#saveInDataFolder}); returns that file. */
    public Path save(VoteTally tally) throws StoreException {
        if (readOnly) {
            throw new StoreException("Votes not saved in " + dataFolder + ": the data folder is open read-only");
        }
        return VotesFile.saveInDataFolder(dataFolder, tally, clock.instant());
    }
}
