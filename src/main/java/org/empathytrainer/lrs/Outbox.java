package org.empathytrainer.lrs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.empathytrainer.records.StoreException;

/**
 * The statements waiting to be sent, kept in {@code <data folder>/lrs-outbox/<learner>.json}, one file per learner,
 * written atomically and readable by the owner only (statements hold the learner's own words; see
 * {@link OutboxFiles}). Each file also keeps
 * the ids of every statement ever queued for that learner, so that a statement is queued once however often the
 * progress it comes from is saved, and across restarts; and the statements the store refused, with its reasons.
 *
 * <p>Safe for several threads: the progress writer queues while the sender takes batches.
 */
public final class Outbox {
    public static final String FOLDER = "lrs-outbox";
    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    private final OutboxFiles files;
    /** By learner id, sorted, so that batches take learners in a stable order. */
    private final Map<String, LearnerBox> boxes;
    /** Learners whose statements were sent since their file was last written. */
    private final Set<String> unsaved = new LinkedHashSet<>();

    /** A statement to send, with the learner whose it is. */
    public record Pending(String learner, String id, JsonObject statement) {}

    private Outbox(OutboxFiles files, Map<String, LearnerBox> boxes) {
        this.files = files;
        this.boxes = new TreeMap<>(boxes);
    }

    /**
     * Opens the outbox of the data folder, reading what waits there.
     *
     * @throws StoreException naming the file that cannot be read; nothing is moved or deleted
     */
    public static Outbox open(Path dataFolder) throws StoreException {
        OutboxFiles files = new OutboxFiles(dataFolder.resolve(FOLDER));
        Outbox box = new Outbox(files, files.readAll());
        LOG.log(Level.DEBUG, "Outbox {0}: {1} statements waiting", files.folder(), box.waitingCount());
        return box;
    }

    public Path folder() {
        return files.folder();
    }

    /** Whether this learner has an outbox file: whether their statements have been looked at before. */
    public synchronized boolean knows(String learner) {
        return boxes.containsKey(learner);
    }

    /**
     * Notes these statements as already dealt with, without sending them: the learner's history from before sending
     * was turned on, which is sent only when asked ({@code --send-xapi --resend-all}).
     */
    public synchronized void baseline(String learner, Collection<JsonObject> statements) throws StoreException {
        LearnerBox box = boxes.computeIfAbsent(learner, l -> new LearnerBox());
        statements.forEach(s -> box.known.add(id(s)));
        write(learner, box);
    }

    /**
     * Queues the statements never queued before for this learner; returns how many. The file is written before this
     * returns, when anything was added.
     */
    public synchronized int queue(String learner, Collection<JsonObject> statements, Instant now)
            throws StoreException {
        LearnerBox box = boxes.computeIfAbsent(learner, l -> new LearnerBox());
        int added = 0;
        for (JsonObject s : statements) {
            String id = id(s);
            if (box.known.add(id)) {
                box.waiting.put(id, new LearnerBox.Waiting(s, now));
                added++;
            }
        }
        if (added > 0) {
            write(learner, box);
        }
        return added;
    }

    /**
     * Queues every one of these statements that is not already waiting, sent before or not: safe, since ids are
     * stable and the store keeps one copy of each. Refused ones stay aside. Returns how many were queued.
     */
    public synchronized int queueAgain(String learner, Collection<JsonObject> statements, Instant now)
            throws StoreException {
        LearnerBox box = boxes.computeIfAbsent(learner, l -> new LearnerBox());
        int added = 0;
        for (JsonObject s : statements) {
            String id = id(s);
            box.known.add(id);
            if (!box.waiting.containsKey(id) && !box.refused.containsKey(id)) {
                box.waiting.put(id, new LearnerBox.Waiting(s, now));
                added++;
            }
        }
        write(learner, box);
        return added;
    }

    /** Up to {@code max} waiting statements, learner by learner, each learner's oldest first. */
    public synchronized List<Pending> batch(int max) {
        List<Pending> batch = new ArrayList<>(Math.min(max, 1024));
        for (Map.Entry<String, LearnerBox> e : boxes.entrySet()) {
            for (Map.Entry<String, LearnerBox.Waiting> w : e.getValue().waiting.entrySet()) {
                if (batch.size() >= max) {
                    return batch;
                }
                batch.add(new Pending(e.getKey(), w.getKey(), w.getValue().statement()));
            }
        }
        return batch;
    }

    /** Takes these out of the outbox and writes the files: the store has them. */
    public synchronized void sent(Collection<Pending> done) throws StoreException {
        sentInMemory(done);
        saveSent();
    }

    /**
     * Takes these out of the outbox in memory only; {@link #saveSent()} writes them. Until then a restart sends them
     * again, which is safe: the store keeps one copy of a statement it has.
     */
    public synchronized void sentInMemory(Collection<Pending> done) {
        for (Pending p : done) {
            LearnerBox box = boxes.get(p.learner());
            if (box != null && box.waiting.remove(p.id()) != null) {
                unsaved.add(p.learner());
            }
        }
    }

    /** Writes the files of the learners whose statements were sent since the last write. */
    public synchronized void saveSent() throws StoreException {
        Set<String> touched = new LinkedHashSet<>(unsaved);
        unsaved.clear();
        try {
            writeEach(touched);
        } catch (StoreException e) {
            unsaved.addAll(touched);
            throw e;
        }
    }

    /** Keeps this statement aside with the store's reason; it is not sent again unless {@link #retryRefused()}. */
    public synchronized void refuse(Pending p, int status, String reason, Instant now) throws StoreException {
        LearnerBox box = boxes.get(p.learner());
        if (box == null || box.waiting.remove(p.id()) == null) {
            return;
        }
        box.refused.put(p.id(), new LearnerBox.Refused(p.statement(), status, reason, now));
        write(p.learner(), box);
    }

    /** Puts every refused statement back in the queue, as when the store has been put right. Returns how many. */
    public synchronized int retryRefused(Instant now) throws StoreException {
        int moved = 0;
        Set<String> touched = new LinkedHashSet<>();
        for (Map.Entry<String, LearnerBox> e : boxes.entrySet()) {
            LearnerBox box = e.getValue();
            for (Map.Entry<String, LearnerBox.Refused> r : box.refused.entrySet()) {
                box.waiting.put(r.getKey(), new LearnerBox.Waiting(r.getValue().statement(), now));
                moved++;
                touched.add(e.getKey());
            }
            box.refused.clear();
        }
        writeEach(touched);
        return moved;
    }

    public synchronized int waitingCount() {
        int n = 0;
        for (LearnerBox box : boxes.values()) {
            n += box.waiting.size();
        }
        return n;
    }

    /** What waits, for the details dialog. */
    public synchronized List<WaitingStatement> waiting() {
        return waiting(Integer.MAX_VALUE);
    }

    /** The first {@code max} of what waits, in the order batches take them. */
    public synchronized List<WaitingStatement> waiting(int max) {
        List<WaitingStatement> list = new ArrayList<>();
        for (Map.Entry<String, LearnerBox> e : boxes.entrySet()) {
            for (Map.Entry<String, LearnerBox.Waiting> w : e.getValue().waiting.entrySet()) {
                if (list.size() >= max) {
                    return list;
                }
                list.add(new WaitingStatement(
                        w.getKey(),
                        e.getKey(),
                        Happened.of(w.getValue().statement()),
                        w.getValue().queuedAt()));
            }
        }
        return list;
    }

    /** What the store refused, with its reasons. */
    public synchronized List<RefusedStatement> refused() {
        List<RefusedStatement> list = new ArrayList<>();
        boxes.forEach((learner, box) -> box.refused.forEach((id, r) -> list.add(
                new RefusedStatement(id, learner, Happened.of(r.statement()), r.status(), r.reason(), r.at()))));
        return list;
    }

    static String id(JsonObject statement) {
        JsonElement id = statement.get("id");
        if (id == null || id.isJsonNull()) {
            throw new IllegalArgumentException("a statement to queue needs its id: "
                    + Happened.of(statement).plain());
        }
        return id.getAsString();
    }

    private void writeEach(Set<String> learners) throws StoreException {
        StoreException first = null;
        for (String learner : learners) {
            try {
                write(learner, boxes.get(learner));
            } catch (StoreException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void write(String learner, LearnerBox box) throws StoreException {
        unsaved.remove(learner);
        files.write(learner, box);
    }
}
