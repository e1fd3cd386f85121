package org.empathytrainer.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.empathytrainer.content.Course;
import org.empathytrainer.records.export.CsvExport;
import org.empathytrainer.records.export.LearnerRecords;
import org.empathytrainer.records.export.XapiExport;
import org.empathytrainer.records.export.XapiOptions;

/**
 * One export, run off the JavaFX thread: reads the learners' records, then writes the file. Its value is the number
 * of rows (CSV) or statements (xAPI) saved; it fails with the exporter's {@code ExportException} when the file
 * cannot be saved.
 */
final class ExportJob extends Task<Integer> {
    private final ExportFormat format;
    private final Path file;
    private final Supplier<List<LearnerRecords>> learners;
    private final Course course;
    private final XapiOptions xapi;

    /** {@code learners} is called on the background thread: it may read files. */
    ExportJob(
            ExportFormat format, Path file, Supplier<List<LearnerRecords>> learners, Course course, XapiOptions xapi) {
        this.format = format;
        this.file = file;
        this.learners = learners;
        this.course = course;
        this.xapi = xapi;
    }

    Path file() {
        return file;
    }

    ExportFormat format() {
        return format;
    }

    @Override
    protected Integer call() throws Exception {
        List<LearnerRecords> records = learners.get();
        return format == ExportFormat.CSV
                ? new CsvExport(course).write(file, records)
                : new XapiExport(course, xapi).write(file, records);
    }
}
