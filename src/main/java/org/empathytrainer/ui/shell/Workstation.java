package org.empathytrainer.ui.shell;

import java.util.Optional;
import org.empathytrainer.lrs.LrsService;
import org.empathytrainer.records.LessonStore;
import org.empathytrainer.records.VotesStore;
import org.empathytrainer.records.export.ExportService;

/**
 * What this workstation keeps, as the window's screens use it: its learners, their results to export, the votes of
 * classes presented on it, the lessons planned for them, and the sending of results to a learning record store (none
 * when the data folder is open read-only).
 */
public record Workstation(
        Learners learners, ExportService exports, VotesStore votes, LessonStore lessons, Optional<LrsService> lrs) {}
