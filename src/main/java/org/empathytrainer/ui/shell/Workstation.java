package org.empathytrainer.ui.shell;

import org.empathytrainer.records.LessonStore;
import org.empathytrainer.records.VotesStore;
import org.empathytrainer.records.export.ExportService;

/**
 * What this workstation keeps, as the window's screens use it: its learners, their results to export, and the votes
 * of classes presented on it, and the lessons planned for them.
 */
public record Workstation(Learners learners, ExportService exports, VotesStore votes, LessonStore lessons) {}
