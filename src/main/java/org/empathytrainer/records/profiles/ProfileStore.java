package org.empathytrainer.records.profiles;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.empathytrainer.records.profiles.ProfileException.Problem;

/**
 * The learners of this workstation, kept in {@code <data folder>/profiles.json}; deleted ones wait in
 * {@code <data folder>/trash/} for {@link TrashedProfile#KEPT_FOR}. The file is read afresh for every call, so
 * several stores on one data folder agree. Hashing a PIN is slow on purpose: {@link #create} with a PIN,
 * {@link #checkPin} and {@link #setPin} belong off the UI thread. See the package documentation for the files.
 */
public final class ProfileStore {
    static final String FILE_NAME = "profiles.json";

    private static final System.Logger LOG = System.getLogger(ProfileStore.class.getName());
    private static final Comparator<Profile> BY_NAME = Comparator.comparing(
                    (Profile p) -> p.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Profile::id);

    private final Path folder;
    private final Clock clock;
    private final ProfileTrash trash;
    private final ProfilesFile file;
    private final PinRest pinRest;
    private final LearnerRemoval removal;
    private final boolean readOnly;
    private boolean trashChecked;

    public ProfileStore(Path dataFolder, Clock clock) {
        this(dataFolder, clock, false);
    }

    /**
     * @param readOnly write nothing, as when another window of the app holds the data folder: learners can be chosen,
     *                 not added or changed, and PIN rests last until the app closes
     */
    public ProfileStore(Path dataFolder, Clock clock, boolean readOnly) {
        this.folder = Objects.requireNonNull(dataFolder);
        this.clock = Objects.requireNonNull(clock);
        this.trash = new ProfileTrash(dataFolder, readOnly);
        this.file = new ProfilesFile(dataFolder, dataFolder.resolve(FILE_NAME), clock, readOnly);
        this.pinRest = new PinRest(dataFolder, clock, readOnly);
        this.removal = new LearnerRemoval(dataFolder, clock, trash, file);
        this.readOnly = readOnly;
    }

    /** Where the profiles are kept. */
    public Path file() {
        return file.path();
    }

    /** The profiles, sorted by name ignoring case. Never fails: see {@link #notices()} for what went wrong. */
    public synchronized List<Profile> list() {
        List<Profile> all = new ArrayList<>(load());
        all.sort(BY_NAME);
        return all;
    }

    public synchronized Optional<Profile> find(String id) {
        return load().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile with this name, ignoring case and surrounding spaces. */
    public synchronized Optional<Profile> findByName(String name) {
        return load().stream().filter(p -> ProfileNames.same(p.name(), name)).findFirst();
    }

    /**
     * Whether learners can be added and changed as far as can be told without writing: the list was readable, and the
     * data folder (or, before the first save, the nearest folder it would be made in) may be written. A folder that
     * cannot be made, a read-only one, or a file in the folder's place all say no.
     */
    public synchronized boolean canWrite() {
        load();
        if (readOnly) {
            return false;
        }
        if (file.notices().stream().anyMatch(n -> n.kind() == ProfilesNotice.Kind.UNREADABLE)) {
            return false;
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
    }

    /** What happened to {@code profiles.json} while this store read it (damaged, recovered, unreadable). */
    public synchronized List<ProfilesNotice> notices() {
        return file.notices();
    }

    /**
     * Adds a learner. The id is made from the name and is new: not used by another profile, one in the trash or a
     * file in the data folder. The PIN, if any, is kept only as a hash; the caller may clear the array afterwards.
     */
    public Profile create(String name, char[] pinOrNull) throws ProfileException {
        String clean = ProfileNames.check(name);
        PinHash pin = pinOrNull == null ? null : PinHash.of(pinOrNull);
        synchronized (this) {
            List<Profile> all = loadForChange();
            requireFreeName(all, clean, null);
            List<String> inTrash = trash.list(clock.instant()).stream()
                    .map(t -> t.profile().id())
                    .toList();
            String id = ProfileNames.uniqueId(
                    clean,
                    candidate -> inTrash.contains(candidate)
                            || all.stream().anyMatch(p -> p.id().equals(candidate))
                            || LearnerFiles.anyFor(folder, candidate));
            Profile created = new Profile(id, clean, clock.instant(), pin);
            List<Profile> changed = new ArrayList<>(all);
            changed.add(created);
            save(changed);
            LOG.log(Level.INFO, "Created learner \"{0}\" ({1})", clean, id);
            return created;
        }
    }

    /** Gives a learner another name; the id, and so their files, stay as they are. */
    public synchronized Profile rename(String id, String newName) throws ProfileException {
        String clean = ProfileNames.check(newName);
        List<Profile> all = loadForChange();
        Profile renamed = require(all, id).withName(clean);
        requireFreeName(all, clean, id);
        save(replace(all, renamed));
        return renamed;
    }

    /**
     * Whether {@code pin} is the learner's PIN; true for a learner without one. A PIN of the wrong shape is simply
     * wrong, and so is any PIN while the learner's PIN rests ({@link #pinRest}): it is not even compared then. Slow on
     * purpose. A wrong PIN makes the rest longer, the right one ends it; both are kept in the data folder.
     */
    public boolean checkPin(String id, char[] pin) throws ProfileException {
        Profile p;
        synchronized (this) {
            p = require(load(), id);
        }
        if (!p.hasPin()) {
            return true;
        }
        if (!pinRest.remaining(id).isZero()) {
            return false;
        }
        boolean right = p.pin().matches(pin);
        if (right) {
            pinRest.right(id);
        } else {
            pinRest.wrong(id);
        }
        return right;
    }

    /**
     * How long before {@code id}'s PIN may be tried again after wrong tries: zero when it may be tried now. It grows
     * with each wrong try in a row, up to half an hour, and lasts across the list of learners and a restart of the app.
     */
    public Duration pinRest(String id) {
        return pinRest.remaining(id);
    }

    /** Sets, changes or (with null) removes a learner's PIN. */
    public void setPin(String id, char[] pinOrNull) throws ProfileException {
        PinHash pin = pinOrNull == null ? null : PinHash.of(pinOrNull);
        synchronized (this) {
            List<Profile> all = loadForChange();
            save(replace(all, require(all, id).withPin(pin)));
        }
    }

    /**
     * Removes a learner from the list and moves their files into a new folder of the trash, where they can be
     * restored from for {@link TrashedProfile#KEPT_FOR}. All or nothing: on failure nothing has changed.
     */
    public synchronized TrashedProfile delete(String id) throws ProfileException {
        List<Profile> all = loadForChange();
        return removal.delete(all, require(all, id));
    }

    /** The deleted profiles that can still be restored, newest first. Deletes the older ones for good. */
    public synchronized List<TrashedProfile> trash() {
        List<Profile> active = load();
        return trash.list(clock.instant()).stream()
                .filter(t ->
                        active.stream().noneMatch(p -> p.id().equals(t.profile().id())))
                .toList();
    }

    /**
     * Brings a deleted learner back under their old name, with their files.
     *
     * @throws ProfileException {@link Problem#NAME_TAKEN} if another learner has that name now: rename that one, or
     *                          use {@link #restore(String, String)}
     */
    public Profile restore(String trashId) throws ProfileException {
        return restore(trashId, null);
    }

    /** Brings a deleted learner back with their files, under {@code newName} (null keeps their old name). */
    public synchronized Profile restore(String trashId, String newName) throws ProfileException {
        List<Profile> all = loadForChange();
        TrashedProfile t = trash().stream()
                .filter(x -> x.trashId().equals(trashId))
                .findFirst()
                .orElseThrow(() -> new ProfileException(
                        Problem.UNKNOWN_TRASH,
                        trashId,
                        "Nothing in the trash is"
                                + " called " + trashId + "; it may have been restored, or deleted for good after "
                                + TrashedProfile.KEPT_FOR.toDays() + " days"));
        Profile p = newName == null ? t.profile() : t.profile().withName(ProfileNames.check(newName));
        requireFreeName(all, p.name(), null);
        return removal.restore(all, t, p);
    }

    private List<Profile> load() {
        List<Profile> all = file.load();
        if (!trashChecked) {
            trashChecked = true;
            trash.list(clock.instant());
        }
        return all;
    }

    private List<Profile> loadForChange() throws ProfileException {
        List<Profile> all = load();
        file.requireWritable();
        return all;
    }

    private void save(List<Profile> profiles) throws ProfileException {
        file.save(profiles);
    }

    private static Profile require(List<Profile> all, String id) throws ProfileException {
        return all.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new ProfileException(Problem.UNKNOWN_PROFILE, id, "No learner has the id \"" + id + "\""));
    }

    private static void requireFreeName(List<Profile> all, String name, String exceptId) throws ProfileException {
        Optional<Profile> other = all.stream()
                .filter(p -> ProfileNames.same(p.name(), name) && !p.id().equals(exceptId))
                .findFirst();
        if (other.isPresent()) {
            throw new ProfileException(
                    Problem.NAME_TAKEN,
                    other.get().name(),
                    "There is already a learner called \"" + other.get().name()
                            + "\"; names must differ by more than capital letters");
        }
    }

    private static List<Profile> replace(List<Profile> all, Profile changed) {
        List<Profile> copy = new ArrayList<>(all);
        copy.replaceAll(p -> p.id().equals(changed.id()) ? changed : p);
        return copy;
    }
}
