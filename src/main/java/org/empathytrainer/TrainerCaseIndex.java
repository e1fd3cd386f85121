package org.empathytrainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.empathytrainer.content.CaseIndex;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.AtomicFiles;

/**
 * The indexes of a trainer's folders of cases the window keeps in the data folder between starts, one file per
 * folder in {@value #FOLDER} (named by a hash of the folder's path), so that at the next start the case files that
 * have not changed are not parsed and checked again before it opens (see {@link CaseIndex}). They are derived data:
 * missing, unreadable or made by another build, the files are read as at the first start and the index is written
 * again.
 */
final class TrainerCaseIndex {
    static final String FOLDER = "cache/trainer-cases";
    private static final System.Logger LOG = System.getLogger(TrainerCaseIndex.class.getName());

    private TrainerCaseIndex() {}

    /**
     * Loads the course of {@code config} with the index, and, when {@code writable} and the index changed, writes the
     * new one on {@code background}.
     */
    static Course load(App.Config config, boolean writable, Executor background) {
        if (config.extraCases().isEmpty()) {
            return ContentRepository.load(config.content(), config.extraCases());
        }
        List<Path> files = config.extraCases().stream()
                .map(source -> fileOf(config.dataFolder(), source))
                .collect(Collectors.toList());
        List<CaseIndex> previous = files.stream().map(TrainerCaseIndex::read).collect(Collectors.toList());
        ContentRepository.Indexed loaded =
                ContentRepository.load(config.content(), config.extraCases(), build(), previous);
        // A folder given twice has one index file, which its first appearance makes: the second's cases are all
        // refused as repeats, and its nearly empty index would otherwise replace the first's at every start.
        Set<Path> written = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            CaseIndex made = loaded.indexes().get(i);
            Path file = files.get(i);
            if (writable && written.add(file) && made.differsFrom(previous.get(i))) {
                background.execute(() -> write(file, made));
            }
        }
        return loaded.course();
    }

    /** Where the index of a folder of cases is kept: the same file for the same folder, from any start. */
    static Path fileOf(Path dataFolder, ContentSource source) {
        String folder =
                Path.of(source.description()).toAbsolutePath().normalize().toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            return dataFolder.resolve(FOLDER).resolve(HexFormat.of().formatHex(hash, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static CaseIndex read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CaseIndex.read(in);
        } catch (NoSuchFileException e) {
            return CaseIndex.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "The index of trainer cases {0} cannot be read, so every case file is checked again: {1}",
                    file,
                    e.getMessage());
            return CaseIndex.empty();
        }
    }

    static void write(Path file, CaseIndex index) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(
                    file,
                    out -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        index.write(w);
                        w.flush();
                    },
                    null);
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "The index of trainer cases {0} was not written; the next start checks every case file again: {1}",
                    file,
                    e.getMessage());
        }
    }

    /** The app's version and the time it was built: an index is only used by the build that wrote it. */
    static String build() {
        Properties p = new Properties();
        try {
            p = Main.Version.properties();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "version.properties cannot be read: {0}", e.getMessage());
        }
        return p.getProperty("version", "") + " " + p.getProperty("built", "");
    }
}
