/**
 * A learner's records: where the data folder is ({@link org.empathytrainer.records.DataFolder}) and how progress
 * is kept on disk ({@link org.empathytrainer.records.ProgressStore}). Who the learners are, their PINs and the trash of
 * deleted learners: {@link org.empathytrainer.records.profiles}.
 *
 * <h2>Progress file, schema version 1</h2>
 * One UTF-8 JSON file per learner, {@code <data folder>/progress/<learner>.json}, pretty-printed with a 2-space
 * indent. Ids are lower case; times are ISO-8601 instants in UTC ({@code 2025-03-14T09:26:53Z}); a field whose value
 * is null is left out. Fields marked (optional) may be absent; all others are required, and a file missing one is
 * treated as damaged. Unknown extra fields are ignored.
 * <pre>{@code
 * {
 *   "schemaVersion": 1,                      // a higher number: written by a newer app, left as it is
 *   "learner": "default",                    // must match the file name
 *   "savedAt": "...",                        // (optional) for people reading the file; not loaded
 *   "story": { "scene": 3, "reflection": "...", "completedAt": "..." (optional) },
 *   "cases": {                               // by case id, sorted
 *     "porch-parcel": {
 *       "caseVersion": 1,
 *       "page": "discuss",                   // place | sense | discuss | fix | summary
 *       "startedAt": "...", "updatedAt": "...", "completedAt": "..."   (each optional)
 *       "steps": {                           // all four of place, sense, discuss, fix
 *         "place": { "status": "done",       // not-started | in-progress | done
 *                    "score": 1.0,           // (optional) 0 to 1, required when done
 *                    "startedAt": "...", "completedAt": "..." (each optional) }, ...
 *       },
 *       "answers": {
 *         "place":   { "retelling": "...", "concern": "id" (optional),
 *                      "checkedConcern": "id" (optional: the first concern checked, the one scored) },
 *         "sense":   { "feelings": { "panic": 3, "anger": 2 } },     // intensity 1 to 3, in the order picked
 *         "discuss": { "option": "id" (optional),
 *                      "checkedOption": "id" (optional: the first option checked, the one scored),
 *                      "ownWords": "...", "selfChecks": ["a", "b"] },                                // sorted
 *         "fix":     { "actions": ["a", "b"],  // in the learner's order
 *                      "commitment": "...", "selfChecks": ["a", "b"] }                           // sorted
 *       }
 *     }
 *   },
 *   "history": [                             // (optional) earlier attempts, oldest first: each is
 *     { "caseId": "porch-parcel", ... }      // a case object as above, with the case's id added
 *   ]
 * }
 * }</pre>
 * Beside it: {@code <learner>.json.bak}, the previous save; {@code <learner>.json.corrupt-<yyyyMMdd-HHmmss>}, a
 * damaged file moved aside (UTC time, {@code -2}, {@code -3}... added if the name is taken; earlier versions also
 * moved newer files aside as {@code .newer-...}); and briefly {@code .<learner>.json-*.tmp} while a save is in
 * progress (one left by a crash is removed at a start more than a day later). A file from a newer version of the app,
 * one larger than {@link org.empathytrainer.records.SavedFiles#MAX_PROGRESS_BYTES}, or one that cannot be read is left
 * as it is and never written: that learner works in memory until the app is closed.
 */
package org.empathytrainer.records;
