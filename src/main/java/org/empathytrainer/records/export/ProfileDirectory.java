package org.empathytrainer.records.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.empathytrainer.records.LoadResult;
import org.empathytrainer.records.ProgressStore;
import org.empathytrainer.records.StoreNotice;
import org.empathytrainer.records.profiles.Profile;
import org.empathytrainer.records.profiles.ProfileStore;
import org.empathytrainer.records.profiles.ProfilesNotice;

/**
 * The learners of the workstation, from their profiles ({@code profiles.json}, or a profile per progress file where
 * there is none yet), sorted by name, each with their progress. Files are read the way the app reads them, so a
 * damaged one is moved aside and its backup used; every such event is told to {@code notes} in a plain sentence.
 */
public final class ProfileDirectory implements LearnerDirectory {
    private final ProfileStore profiles;
    private final ProgressStore progress;
    private final Consumer<String> notes;

    public ProfileDirectory(Path dataFolder, Clock clock, Consumer<String> notes) {
        this(dataFolder, clock, false, notes);
    }

    /** @param readOnly write nothing in the data folder, not even to move a damaged file aside */
    public ProfileDirectory(Path dataFolder, Clock clock, boolean readOnly, Consumer<String> notes) {
        this.profiles = new ProfileStore(dataFolder, clock, readOnly);
        this.progress = new ProgressStore(dataFolder, clock, readOnly);
        this.notes = Objects.requireNonNull(notes);
    }

    @Override
    public List<LearnerRecords> all() {
        List<Profile> list = profiles.list();
        reportProfileNotices();
        return list.stream().map(this::records).collect(Collectors.toList());
    }

    /**
     * Every learner whose id {@code include} accepts, each one's progress read when the list is asked for them, and
     * not kept by the list (see {@link LearnerDirectory#oneByOne}). The profiles are read at once.
     */
    @Override
    public List<LearnerRecords> oneByOne(Predicate<String> include) {
        List<Profile> list =
                profiles.list().stream().filter(p -> include.test(p.id())).collect(Collectors.toList());
        reportProfileNotices();
        return new OneByOne(list);
    }

    /**
     * Learners read as they are got. One whose file was mended as it was read (moved aside, its backup used) is kept
     * once read: the file is no longer where it was, and reading it again would find nothing, and repeat the note.
     */
    private final class OneByOne extends AbstractList<LearnerRecords> {
        private final List<Profile> profiles;
        private final Map<String, LearnerRecords> mended = new HashMap<>();

        OneByOne(List<Profile> profiles) {
            this.profiles = List.copyOf(profiles);
        }

        @Override
        public LearnerRecords get(int index) {
            Profile profile = profiles.get(index);
            LearnerRecords kept = mended.get(profile.id());
            if (kept != null) {
                return kept;
            }
            LoadResult loaded = progress.load(profile.id());
            LearnerRecords records = records(profile, loaded);
            if (!loaded.notices().isEmpty()) {
                mended.put(profile.id(), records);
            }
            return records;
        }

        @Override
        public int size() {
            return profiles.size();
        }
    }

    /** The learner with this name (ignoring case and surrounding spaces), or failing that, with this id. */
    @Override
    public Optional<LearnerRecords> byName(String name) {
        Optional<Profile> found = profiles.findByName(name).or(() -> profiles.find(name));
        reportProfileNotices();
        return found.map(this::records);
    }

    @Override
    public List<String> names() {
        return profiles.list().stream().map(Profile::name).collect(Collectors.toList());
    }

    private LearnerRecords records(Profile profile) {
        return records(profile, progress.load(profile.id()));
    }

    private LearnerRecords records(Profile profile, LoadResult loaded) {
        loaded.notices().forEach(n -> notes.accept(describe(n)));
        return new LearnerRecords(profile.id(), profile.name(), loaded.progress());
    }

    private void reportProfileNotices() {
        profiles.notices().forEach(n -> notes.accept(describe(n)));
    }

    static String describe(StoreNotice n) {
        String what;
        switch (n.kind()) {
            case RECOVERED_FROM_BACKUP:
                what = "could not be used and was moved aside to " + n.movedTo() + "; its backup is exported";
                break;
            case STARTED_FRESH:
                what = "could not be used and was moved aside to " + n.movedTo() + "; there is no backup to export";
                break;
            case NEWER_VERSION:
                what = "was left as it is; only its backup, if any, is exported";
                break;
            default:
                what = "could not be read; nothing is exported for this learner";
                break;
        }
        return n.file() + " " + what + detail(n.detail());
    }

    static String describe(ProfilesNotice n) {
        String what;
        switch (n.kind()) {
            case RECOVERED_FROM_BACKUP:
                what = "could not be used and was moved aside to " + n.movedTo() + "; its backup lists the learners";
                break;
            case REBUILT_FROM_PROGRESS:
                what = "could not be used and was moved aside to " + n.movedTo()
                        + "; the learners are named after their progress files";
                break;
            default:
                what = "could not be read; the learners are named after their progress files";
                break;
        }
        return n.file() + " " + what + detail(n.detail());
    }

    private static String detail(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }
}
