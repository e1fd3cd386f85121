package org.empathytrainer.records.profiles;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.empathytrainer.records.Causes;
import org.empathytrainer.records.profiles.ProfileException.Problem;

/**
 * Moving a learner and their files into the trash and back, all or nothing: a failure half way puts back what had
 * moved. {@link ProfileStore} decides who, under which name; this does the moving.
 */
final class LearnerRemoval {
    private static final System.Logger LOG = System.getLogger(LearnerRemoval.class.getName());

    private final Path folder;
    private final Clock clock;
    private final ProfileTrash trash;
    private final ProfilesFile file;

    LearnerRemoval(Path folder, Clock clock, ProfileTrash trash, ProfilesFile file) {
        this.folder = folder;
        this.clock = clock;
        this.trash = trash;
        this.file = file;
    }

    /** Takes {@code p} out of {@code all} and moves their files into a new folder of the trash. */
    TrashedProfile delete(List<Profile> all, Profile p) throws ProfileException {
        List<Path> files = storage("list the files of " + p.name(), () -> LearnerFiles.of(folder, p.id()));
        TrashedProfile trashed =
                storage("make a folder in " + folder.resolve(ProfileTrash.FOLDER), () -> trash.put(p, clock.instant()));
        List<Profile> rest = new ArrayList<>(all);
        rest.remove(p);
        try {
            file.save(rest);
        } catch (ProfileException e) {
            removeQuietly(trashed.folder());
            throw e;
        }
        try {
            LearnerFiles.move(files, folder, trashed.folder());
        } catch (IOException e) {
            try {
                file.save(all);
            } catch (ProfileException again) {
                LOG.log(
                        Level.ERROR,
                        "Learner \"{0}\" is missing from {1}; restore them from {2}",
                        p.name(),
                        file.path(),
                        trashed.folder());
                throw again;
            }
            removeQuietly(trashed.folder());
            throw new ProfileException(
                    Problem.STORAGE, p.name(), "Cannot delete " + p.name() + ": " + e.getMessage(), e);
        }
        LOG.log(Level.INFO, "Deleted learner \"{0}\" ({1}) to {2}", p.name(), p.id(), trashed.folder());
        return trashed;
    }

    /** Puts {@code p}, from trash folder {@code t}, back into {@code all} with their files. */
    Profile restore(List<Profile> all, TrashedProfile t, Profile p) throws ProfileException {
        List<Path> files = storage("list the files in " + t.folder(), () -> LearnerFiles.of(t.folder(), p.id()));
        storage("put back the files of " + p.name(), () -> {
            LearnerFiles.move(files, t.folder(), folder);
            return null;
        });
        List<Profile> changed = new ArrayList<>(all);
        changed.add(p);
        try {
            file.save(changed);
        } catch (ProfileException e) {
            try {
                LearnerFiles.move(files, folder, t.folder());
            } catch (IOException back) {
                LOG.log(Level.ERROR, "Files of {0} left in {1}: {2}", p.name(), folder, back.getMessage());
            }
            throw e;
        }
        removeQuietly(t.folder());
        LOG.log(Level.INFO, "Restored learner \"{0}\" ({1}) from {2}", p.name(), p.id(), t.folder());
        return p;
    }

    private void removeQuietly(Path trashFolder) {
        try {
            trash.remove(trashFolder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove {0}: {1}", trashFolder, Causes.of(e));
        }
    }

    /** Runs file work, saying in a {@link Problem#STORAGE} problem what could not be done and why. */
    static <T> T storage(String what, IoAction<T> action) throws ProfileException {
        try {
            return action.run();
        } catch (IOException e) {
            throw new ProfileException(Problem.STORAGE, "", "Cannot " + what + ": " + Causes.of(e), e);
        }
    }

    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }
}
