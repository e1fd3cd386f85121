package org.empathytrainer.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.empathytrainer.ui.kit.Messages;

/** The system's save dialog, asking where to save an export. */
public final class ExportChooser {
    private ExportChooser() {}

    /** A chooser that shows the platform's save dialog over the window {@code owner} gives, when it is asked. */
    public static Function<ExportRequest, Optional<Path>> system(Messages m, Supplier<Window> owner) {
        return request -> {
            FileChooser chooser = new FileChooser();
            boolean csv = request.format() == ExportFormat.CSV;
            chooser.setTitle(m.get(csv ? "export.choose.csv" : "export.choose.xapi"));
            chooser.setInitialFileName(request.suggestedName());
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            m.get(csv ? "export.filter.csv" : "export.filter.xapi"),
                            "*" + request.format().extension()));
            File file = chooser.showSaveDialog(owner.get());
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
