package org.empathytrainer.ui.shell;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import org.empathytrainer.lrs.LrsService;
import org.empathytrainer.lrs.LrsSettings;
import org.empathytrainer.lrs.SendStatus;
import org.empathytrainer.records.StoreException;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.lrs.LrsSection;
import org.empathytrainer.ui.lrs.SendDetailsDialog;
import org.empathytrainer.ui.lrs.SendStatusButton;

/**
 * The window's side of sending results to a learning record store: the status in the top bar, kept up to date from
 * the service's thread, its details dialog, and the settings section. Nothing shows where there is no service (a
 * data folder open read-only).
 */
final class Sending {
    private final Messages m;
    private final ZoneId zone;
    private final Optional<LrsService> lrs;
    private final Supplier<Window> owner;
    private final SendStatusButton status;
    private final Function<String, String> caseTitle;

    /** @param caseTitle a case's title by its id, for the details' lines (the id, for a case the course lacks) */
    Sending(
            Messages m,
            ZoneId zone,
            Function<String, String> caseTitle,
            Optional<LrsService> lrs,
            Supplier<Window> owner) {
        this.m = m;
        this.zone = zone;
        this.caseTitle = caseTitle;
        this.lrs = lrs;
        this.owner = owner;
        this.status = new SendStatusButton(m, zone, this::details);
        // The service tells on its own thread; the controls change on the JavaFX thread.
        lrs.ifPresent(service -> service.addListener(now -> Platform.runLater(() -> status.show(now))));
    }

    Node status() {
        return status;
    }

    private Optional<SendDetailsDialog> details(SendStatus now) {
        return lrs.map(service -> new SendDetailsDialog(
                m,
                zone,
                caseTitle,
                now,
                new SendDetailsDialog.Actions(service::retryNow, service::retryRefused),
                owner.get()));
    }

    /** The settings dialog's section for the store, with the settings now; none without a service. */
    Optional<Node> settingsSection() {
        return lrs.map(service -> new LrsSection(
                        m, service.savedSettings(), LrsSection.of(service::testConnection, s -> save(service, s)))
                .node());
    }

    /** Saves the settings off the JavaFX thread: they are written to a file. */
    private static CompletableFuture<Void> save(LrsService service, LrsSettings settings) {
        return CompletableFuture.runAsync(() -> {
            try {
                service.save(settings);
            } catch (StoreException e) {
                throw new CompletionException(e);
            }
        });
    }
}
