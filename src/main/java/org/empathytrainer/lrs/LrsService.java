package org.empathytrainer.lrs;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.LearnerProgress;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.records.export.XapiOptions;

/**
 * Sending results to a learning record store as they are made, for the app: the one object it creates (at start) and
 * stops (at close). Results are queued in the {@link Outbox} by {@link #progressWritten}, which the progress writer
 * calls after each save, and sent in the background, in batches, by a thread of the service's own
 * ({@code lrs-sender}); the status goes to the listeners on that thread.
 *
 * <p>While sending is off, nothing is queued. The first save of a learner after it is turned on notes their earlier
 * results as dealt with (they are sent with {@code --send-xapi --resend-all} only), and queues what the save adds.
 */
public final class LrsService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LrsService.class.getName());

    private final Optional<LrsSettingsStore> store;
    private final ResultQueue results;
    private final SendStatusBoard board = new SendStatusBoard();
    private final SendLoop loop;
    private final ExecutorService checks;
    private volatile LrsSettings settings;
    /** The settings as saved, without the environment's key and secret: what the settings screen edits. */
    private volatile LrsSettings saved = LrsSettings.NONE;

    private LrsService(
            Path dataFolder,
            Optional<LrsSettingsStore> store,
            ResultStatements statements,
            Function<String, String> displayNames,
            SendPolicy policy,
            Clock clock) {
        this.store = store;
        this.results = new ResultQueue(statements, displayNames, clock);
        this.loop = new SendLoop(dataFolder, policy, clock, board);
        this.checks = Executors.newCachedThreadPool(r -> daemon(r, "lrs-check"));
    }

    /**
     * For the app: the settings saved in {@code dataFolder} (with the key and secret of the environment, if set), its
     * outbox, and sending started if the settings say so. Settings that cannot be read are logged and sending stays
     * off until new ones are saved.
     *
     * @param displayNames a learner's name by their id, for the statements' actor
     */
    public static LrsService start(Path dataFolder, Course course, Function<String, String> displayNames, Clock clock) {
        LrsSettingsStore store = new LrsSettingsStore(dataFolder);
        LrsSettings settings;
        try {
            settings = store.load();
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Results are not sent: the LRS settings cannot be used", e);
            settings = LrsSettings.NONE;
        }
        LrsService service = new LrsService(
                dataFolder,
                Optional.of(store),
                new ResultStatements(course, XapiOptions.DEFAULTS),
                Objects.requireNonNull(displayNames),
                SendPolicy.DEFAULT,
                clock);
        service.saved = settings;
        service.apply(settings.withEnvironment(System.getenv()));
        return service;
    }

    /**
     * Opens the outbox in {@code dataFolder} and starts sending with {@code settings} (nothing, if they are off); the
     * settings are not saved anywhere.
     *
     * @param displayNames a learner's name by their id, for the statements' actor
     */
    public static LrsService start(
            Path dataFolder, LrsSettings settings, Course course, Function<String, String> displayNames, Clock clock) {
        return start(dataFolder, settings, course, displayNames, clock, SendPolicy.DEFAULT);
    }

    /** As {@link #start(Path, LrsSettings, Course, Function, Clock)}, with the batch size, retries and time-out. */
    public static LrsService start(
            Path dataFolder,
            LrsSettings settings,
            Course course,
            Function<String, String> displayNames,
            Clock clock,
            SendPolicy policy) {
        LrsService service = new LrsService(
                dataFolder,
                Optional.empty(),
                new ResultStatements(course, XapiOptions.DEFAULTS),
                Objects.requireNonNull(displayNames),
                policy,
                clock);
        service.saved = settings;
        service.apply(settings.withEnvironment(System.getenv()));
        return service;
    }

    /** The status now; {@link #addListener} to be told of changes. */
    public SendStatus status() {
        return board.status();
    }

    /**
     * Told of every change of status, on the sender's thread; and once at once, on the calling thread, with the status
     * now.
     */
    public void addListener(SendStatusListener listener) {
        board.addListener(listener);
    }

    public void removeListener(SendStatusListener listener) {
        board.removeListener(listener);
    }

    /** The settings sending uses: as saved, with the environment's key and secret when those are set. */
    public LrsSettings settings() {
        return settings;
    }

    /**
     * The settings as saved in the data folder, without the environment's key and secret: what the settings screen
     * shows and edits, so that saving never writes the environment's credentials into the file.
     */
    public LrsSettings savedSettings() {
        return saved;
    }

    /** The IRI of the course activity every statement names: what the class overview asks the store for. */
    public String courseActivityId() {
        return results.statements().courseActivityId();
    }

    /** A client for these settings, as for reading statements back; empty when they have no endpoint. */
    public static Optional<LrsClient> client(LrsSettings settings) {
        return settings.hasEndpoint() ? Optional.of(new LrsClient(settings)) : Optional.empty();
    }

    /**
     * Saves new settings in the data folder (secret included, owner-only) and sends with them from now on. Call it
     * off the JavaFX thread: it writes a file.
     *
     * @throws StoreException when they cannot be saved; they then apply until the app closes
     */
    public void save(LrsSettings newSettings) throws StoreException {
        saved = newSettings;
        apply(newSettings.withEnvironment(System.getenv()));
        if (store.isPresent()) {
            store.get().save(newSettings);
        }
    }

    /**
     * Sends with new settings from now on, without saving them (the caller saves them with {@link LrsSettingsStore}). A key refused before
     * is tried again; turning sending off keeps what waits for when it is turned on again.
     */
    public void apply(LrsSettings newSettings) {
        settings = Objects.requireNonNull(newSettings);
        loop.apply(newSettings);
    }

    /**
     * {@code GET about} with {@code candidate} (the settings being edited, not yet applied), on a thread of its own:
     * the future completes with the store's versions, or exceptionally with an {@link LrsException} saying exactly
     * what failed.
     */
    public CompletableFuture<About> testConnection(LrsSettings candidate) {
        // The environment's key and secret, when set, are what sending will use: test with them.
        return testConnection(candidate.withEnvironment(System.getenv()), checks);
    }

    /** {@link #testConnection(LrsSettings)} without a service, as for the settings screen before one runs. */
    public static CompletableFuture<About> testConnection(LrsSettings candidate, Executor on) {
        CompletableFuture<About> result = new CompletableFuture<>();
        on.execute(() -> {
            try {
                result.complete(new LrsClient(candidate, Duration.ofSeconds(15)).about());
            } catch (LrsException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * The progress writer's hook, called on its thread after {@code saved} is written over {@code previous}: queues
     * the statements of what the save added, writing the outbox before it returns. Does nothing while sending is off.
     */
    public void progressWritten(LearnerProgress previous, LearnerProgress saved) {
        LrsSettings now = settings;
        if (!now.enabled()) {
            return;
        }
        Optional<Outbox> opened = loop.box();
        if (opened.isEmpty()) {
            return;
        }
        try {
            if (results.queue(opened.get(), previous, saved) > 0) {
                loop.wake();
            }
        } catch (StoreException | RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "Results of " + saved.learner() + " not queued for sending; they are queued at the next save",
                    e);
        }
    }

    /** Tries to send at once, without waiting for the back-off: the "Try again" of the details dialog. */
    public void retryNow() {
        loop.retryNow();
    }

    /** Puts the refused statements back in the queue and sends them, as when the store has been put right. */
    public void retryRefused() {
        loop.retryRefused();
    }

    /**
     * Stops sending after the batch under way, and notes in the outbox what was sent; what waits stays there for the
     * next start. Waits at most a few seconds: a batch still under way then is cut off, and sent again next time.
     */
    public void stop() {
        checks.shutdownNow();
        loop.stop();
    }

    @Override
    public void close() {
        stop();
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
