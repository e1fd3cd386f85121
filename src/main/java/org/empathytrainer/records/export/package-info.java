/**
 * Exports of learners' results, for people and systems outside the app: {@link
 * org.empathytrainer.records.export.CsvExport} (a table for a spreadsheet) and {@link
 * org.empathytrainer.records.export.XapiExport} (xAPI statements for a learning record store). Both take plain
 * {@link org.empathytrainer.records.export.LearnerRecords} and the course, and save through one atomic writer that
 * reports a failure as an {@link org.empathytrainer.records.export.ExportException} naming the file and the cause.
 * {@link org.empathytrainer.records.export.LearnerDirectory} finds the learners, by their profiles. The README's
 * "Exporting results" section documents the CSV columns and the xAPI mapping.
 */
package org.empathytrainer.records.export;
