package org.empathytrainer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the command line asks of the window.
 *
 * @param dataDir     the data folder given, if any
 * @param contentDirs further folders of cases
 * @param presenter   start in presenter mode
 * @param learner       the name of the learner to start as, if given
 * @param lesson        the saved lesson to present in the room view, if given (with {@code presenter})
 * @param classOverview open the class overview at once
 */
public record LaunchOptions(
        Optional<Path> dataDir,
        List<Path> contentDirs,
        boolean presenter,
        Optional<String> learner,
        Optional<String> lesson,
        boolean classOverview) {
    /** What an empty command line asks for, as parsing it would give. */
    public static final LaunchOptions NONE =
            new LaunchOptions(Optional.empty(), List.of(), false, Optional.empty(), Optional.empty(), false);

    /** The same options without a lesson or the class overview, as most command lines are. */
    public LaunchOptions(Optional<Path> dataDir, List<Path> contentDirs, boolean presenter, Optional<String> learner) {
        this(dataDir, contentDirs, presenter, learner, Optional.empty(), false);
    }

    public LaunchOptions {
        contentDirs = List.copyOf(contentDirs);
    }
}
