package org.empathytrainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.content.ContentSource;

/** Where a trainer's own cases come from, for the window and the command-line exports alike. */
final class TrainerCases {
    /** The data folder's subfolder for a trainer's own cases. */
    static final String FOLDER = "content";

    private TrainerCases() {}

    /** The data folder's content folder, if there is one, then each {@code --content-dir} in the order given. */
    static List<ContentSource> sources(Path dataFolder, List<Path> contentDirs) {
        List<ContentSource> sources = new ArrayList<>();
        if (Files.isDirectory(dataFolder.resolve(FOLDER))) {
            sources.add(ContentSource.folder(dataFolder.resolve(FOLDER)));
        }
        contentDirs.forEach(dir -> sources.add(ContentSource.folder(dir)));
        return sources;
    }
}
