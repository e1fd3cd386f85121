package org.empathytrainer.records.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.empathytrainer.records.LearnerId;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreNotice;

/**
 * The learners that have a progress file, {@code <data folder>/progress/<id>.json}, sorted by id; a learner's name
 * is their id. Files are read through {@link ProgressStore}, so a damaged one is handled as the app handles it, and
 * what happened is passed to the listener.
 */
public final class ProgressFolderDirectory implements LearnerDirectory {
    private static final String SUFFIX = ".json";

    private final ProgressStore store;
    private final Path folder;
    private final Consumer<StoreNotice> notices;

    /** {@code notices}: told what was found wrong in a progress file while loading it (usually nothing). */
    public ProgressFolderDirectory(Path dataFolder, Clock clock, Consumer<StoreNotice> notices) {
        this.store = new ProgressStore(dataFolder, clock);
        // Where the store keeps every learner's file: the folder of any one of them.
        this.folder = store.file("learner").getParent();
        this.notices = Objects.requireNonNull(notices);
    }

    @Override
    public List<LearnerRecords> all() {
        return names().stream().map(this::load).collect(Collectors.toList());
    }

    @Override
    public Optional<LearnerRecords> byName(String name) {
        return names().contains(name) ? Optional.of(load(name)) : Optional.empty();
    }

    @Override
    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX)).map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .filter(LearnerId::isValid).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the learners in " + folder + ": " + e.getMessage(), e);
        }
    }

    private LearnerRecords load(String id) {
        LoadResult loaded = store.load(id);
        loaded.notices().forEach(notices);
        return LearnerRecords.of(loaded.progress());
    }
}
