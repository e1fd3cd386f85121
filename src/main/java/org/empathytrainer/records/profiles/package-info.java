/**
 * The learners of a shared workstation: their profiles ({@link org.empathytrainer.records.profiles.ProfileStore}),
 * PINs kept only as slow salted hashes ({@link org.empathytrainer.records.profiles.PinHash}), and a trash from which
 * a deleted learner can be restored for 30 days.
 *
 * <h2>Profiles file, schema version 1</h2>
 * One UTF-8 JSON file, {@code <data folder>/profiles.json}, pretty-printed, in the order the profiles were created.
 * Saved atomically, with the previous save as {@code profiles.json.bak}. All fields are required except {@code pin}.
 * <pre>{@code
 * {
 *   "schemaVersion": 1,                      // a higher number: written by a newer app, left as it is, not written
 *   "profiles": [
 *     {
 *       "id": "ana",                         // names the learner's files: progress/ana.json; never changes
 *       "name": "Ana",                       // 1 to 40 characters, one line, normalised; unique ignoring case
 *       "createdAt": "2026-03-02T09:30:00Z",
 *       "pin": {                             // (optional) absent when the learner has no PIN
 *         "algorithm": "PBKDF2WithHmacSHA256",
 *         "iterations": 210000,
 *         "salt": "base64...",               // 16 random bytes
 *         "hash": "base64..."                // 32 bytes; the PIN itself is never written anywhere
 *       }
 *     }
 *   ]
 * }
 * }</pre>
 * The id is made from the first name given: lower case, accents dropped, anything but a-z and 0-9 turned into a
 * dash ("Ana María" is {@code ana-maria}), then {@code -2}, {@code -3}... if a profile, a profile in the trash or a
 * progress file already has it. A PIN is 4 to 12 digits.
 *
 * <p>When {@code profiles.json} is missing, the backup is used if there is one; otherwise each
 * {@code progress/<id>.json} becomes a profile named after its id: the learner {@code default} of versions before
 * profiles becomes a profile called "default", with all their progress, which they may rename. A damaged
 * {@code profiles.json} is moved aside as {@code profiles.json.corrupt-<yyyyMMdd-HHmmss>} and the same fallback used;
 * no progress file is touched. One from a newer version, one larger than 16 MB, or one that cannot be read is left as
 * it is and never written: learners cannot be added or changed until the app is closed.
 *
 * <p>Names are normalised before they are compared and saved ({@link org.empathytrainer.records.profiles.ProfileNames
 * #normalise}): NFC, invisible characters dropped, every kind of space made one plain space, trimmed.
 *
 * <h2>PIN rests, {@code <data folder>/pin-rest.json}</h2>
 * The wrong PIN tries in a row of each learner who has any, so that the rest before the next try survives going back
 * to the list of learners and restarting the app; the right PIN removes the learner's entry. Saved atomically, for
 * the owner only. A file that cannot be read counts as no wrong tries.
 * <pre>{@code
 * { "schemaVersion": 1, "learners": { "ana": { "wrong": 4, "last": "2026-03-02T09:30:00Z" } } }
 * }</pre>
 *
 * <h2>Trash</h2>
 * Deleting a learner moves all their files ({@code progress/<id>.json}, {@code <id>.json.bak}, their moved-aside
 * files and the temporary files of interrupted saves, {@code .<id>.json-<number>.tmp}) into {@code <data folder>/trash/<id>-<yyyyMMdd-HHmmss>/} (UTC), keeping their place relative to the data
 * folder ({@code trash/ana-20260302-093000/progress/ana.json}), beside a {@code profile.json} describing the profile:
 * <pre>{@code
 * { "schemaVersion": 1, "deletedAt": "2026-03-02T09:30:00Z", "profile": { ...as in profiles.json... } }
 * }</pre>
 * Restoring moves the files back and deletes the folder. It is refused while another learner has the same name
 * (rename that one, or restore under another name). Thirty days after deletion the folder is deleted for good, the
 * next time the trash is looked at; each such deletion is logged.
 */
package org.empathytrainer.records.profiles;
