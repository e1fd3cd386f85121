package org.empathytrainer.ui.lrs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.ui.kit.Messages;

/** Sending's state in the few words the top bar shows. */
final class StatusWords {
    private final Messages m;
    private final DateTimeFormatter time;

    StatusWords(Messages m, ZoneId zone) {
        this.m = m;
        this.time = DateTimeFormatter.ofPattern("HH:mm", m.locale()).withZone(zone);
    }

    /** Empty while sending is off: the top bar then shows nothing. */
    String of(SendStatus s) {
        switch (s.state()) {
            case KEY_REFUSED:
                return m.get("lrs.status.key-refused");
            case WAITING:
                return s.offlineSince().isPresent()
                        ? m.get(
                                "lrs.status.offline",
                                s.waitingCount(),
                                time.format(s.offlineSince().get()))
                        : m.get("lrs.status.sending", s.waitingCount());
            case SOME_REFUSED:
                return m.get("lrs.status.refused", s.refusedCount());
            case ALL_SENT:
                return m.get("lrs.status.all-sent");
            default:
                return "";
        }
    }

    String time(java.time.Instant when) {
        return time.format(when);
    }
}
