package org.empathytrainer.ui.overview;

import com.google.gson.JsonObject;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.empathytrainer.lrs.LrsClient;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.StatementQuery;

/**
 * The course's statements from the learning record store the settings name: {@code GET statements} about the course
 * activity with its related activities, following {@code more} to the end. The settings are read when asked, so a
 * store set up a moment ago is the one read. Cancelling interrupts the reading thread between pages.
 */
public final class LrsStatements implements StatementSource {
    /** Statements asked for per page: fewer, larger requests than most stores' default, and still a few MB each. */
    static final int PAGE = 500;

    private final Supplier<LrsSettings> settings;
    private final String courseActivity;

    /** {@code courseActivity}: the IRI every statement of the course names, as the sending service gives it. */
    public LrsStatements(Supplier<LrsSettings> settings, String courseActivity) {
        this.settings = settings;
        this.courseActivity = courseActivity;
    }

    @Override
    public boolean ready() {
        return settings.get().hasEndpoint();
    }

    @Override
    public String where() {
        return settings.get().endpoint();
    }

    @Override
    public void read(Consumer<JsonObject> statement, IntConsumer progress, BooleanSupplier cancelled) throws Exception {
        LrsClient client = new LrsClient(settings.get());
        progress.accept(0);
        client.statements(
                StatementQuery.about(courseActivity).withLimit(PAGE),
                s -> {
                    if (!cancelled.getAsBoolean()) {
                        statement.accept(s);
                    }
                },
                (pages, read) -> progress.accept((int) Math.min(Integer.MAX_VALUE, read)));
    }
}
