package org.empathytrainer.records.profiles;

import java.time.Instant;
import java.util.Objects;
import org.empathytrainer.records.LearnerId;

/**
 * A learner on this workstation.
 *
 * @param id        names the learner's files ({@code progress/<id>.json}); made from the first name, never changes
 * @param name      what the learner is called on screen and on the certificate; unique ignoring case
 * @param createdAt when the profile was created (or found, for progress kept before profiles existed)
 * @param pin       the hash of the learner's PIN, or null when they have none
 */
public record Profile(String id, String name, Instant createdAt, PinHash pin) {

    public Profile {
        LearnerId.requireValid(id);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean hasPin() {
        return pin != null;
    }

    public Profile withName(String newName) {
        return new Profile(id, newName, createdAt, pin);
    }

    public Profile withPin(PinHash newPin) {
        return new Profile(id, name, createdAt, newPin);
    }
}
