package org.empathytrainer.lrs;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How {@link LrsService} reports its status: the status now and the listeners told of each change. A listener that
 * fails is logged and the others are still told.
 */
final class SendStatusBoard {
    private static final System.Logger LOG = System.getLogger(LrsService.class.getName());

    private final List<SendStatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SendStatus status = SendStatus.OFF;

    SendStatus status() {
        return status;
    }

    /** Adds {@code listener} and tells it at once, on the calling thread, of the status now. */
    void addListener(SendStatusListener listener) {
        listeners.add(listener);
        listener.changed(status);
    }

    void removeListener(SendStatusListener listener) {
        listeners.remove(listener);
    }

    /** The status of {@code s}; {@link SendStatus#OFF} when there is no sender. */
    void publishFrom(Sender s) {
        publish(s == null ? SendStatus.OFF : s.status());
    }

    void publish(SendStatus next) {
        status = next;
        for (SendStatusListener l : listeners) {
            try {
                l.changed(next);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "A send status listener failed", e);
            }
        }
    }
}
