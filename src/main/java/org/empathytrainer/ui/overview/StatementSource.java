package org.empathytrainer.ui.overview;

import com.google.gson.JsonObject;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Where the class overview reads the course's statements from: the learning record store the app is set up with. */
public interface StatementSource {

    /** Whether a learning record store is set up to read from. */
    boolean ready();

    /** The store's address, as the screen names it while reading. */
    String where();

    /**
     * Reads every statement of the course, to the end, handing each to {@code statement} and the number read so far
     * to {@code progress} now and then. Blocks: call it off the JavaFX thread. Stops early, without an exception, once
     * {@code cancelled} says so.
     *
     * @throws Exception whose message says exactly why the statements could not be read (the store refused the key,
     *                   the connection failed...)
     */
    void read(Consumer<JsonObject> statement, IntConsumer progress, BooleanSupplier cancelled) throws Exception;
}
