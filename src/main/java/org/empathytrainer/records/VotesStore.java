package org.empathytrainer.records;

import java.nio.file.Path;
import java.time.Clock;
import org.empathytrainer.practice.VoteTally;

/** Where a classroom's votes are kept: a new file in the data folder's classroom folder for each session. */
public final class VotesStore {
    private final Path dataFolder;
    private final Clock clock;

    public VotesStore(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** Saves {@code tally} in a file of its own (see {@link VotesFile#saveInDataFolder}); returns that file. */
    public Path save(VoteTally tally) throws StoreException {
        return VotesFile.saveInDataFolder(dataFolder, tally, clock.instant());
    }
}
