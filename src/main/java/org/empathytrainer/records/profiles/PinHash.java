package org.empathytrainer.records.profiles;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.empathytrainer.records.profiles.ProfileException.Problem;

/**
 * A PIN as it is kept: never the PIN itself, only a salted PBKDF2 hash of it, slow on purpose so that guessing every
 * PIN from a copied file takes long. The arrays are copied in and out, so a PinHash cannot be changed.
 *
 * @param algorithm  the JCA name of the key derivation, {@value #ALGORITHM}
 * @param iterations how many rounds; {@value #ITERATIONS} for new PINs
 * @param salt       random, {@value #SALT_BYTES} bytes for new PINs
 * @param hash       the derived key, {@value #HASH_BYTES} bytes for new PINs
 */
public record PinHash(String algorithm, int iterations, byte[] salt, byte[] hash) {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /**
     * About 230 ms for the first check in a fresh JVM on a 2-core machine, about 50 ms once warm: slow for someone
     * trying every PIN, unnoticeable for a learner.
     */
    public static final int ITERATIONS = 210_000;

    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    public static final int PIN_MIN_DIGITS = 4;
    public static final int PIN_MAX_DIGITS = 12;
    /** A bound for hand-edited files, so that a huge number cannot make checking a PIN hang. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    public PinHash {
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("algorithm must be " + ALGORITHM + ", not " + algorithm);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "iterations must be from 1 to " + MAX_ITERATIONS + ", not " + iterations);
        }
        if (salt == null || salt.length < 8) {
            throw new IllegalArgumentException("salt must have at least 8 bytes");
        }
        if (hash == null || hash.length < 16) {
            throw new IllegalArgumentException("hash must have at least 16 bytes");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Hashes a new PIN with a fresh random salt. Slow (see {@link #ITERATIONS}): call it off the UI thread.
     *
     * @throws ProfileException if the PIN is not {@value #PIN_MIN_DIGITS} to {@value #PIN_MAX_DIGITS} digits
     */
    public static PinHash of(char[] pin) throws ProfileException {
        requireFormat(pin);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PinHash(ALGORITHM, ITERATIONS, salt, derive(pin, salt, ITERATIONS, HASH_BYTES * 8));
    }

    /** Whether {@code pin} is the PIN this was made from, compared in constant time. As slow as {@link #of}. */
    public boolean matches(char[] pin) {
        if (!hasFormat(pin)) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations, hash.length * 8));
    }

    /** Whether {@code pin} is {@value #PIN_MIN_DIGITS} to {@value #PIN_MAX_DIGITS} digits 0-9. */
    public static boolean hasFormat(char[] pin) {
        if (pin == null || pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static void requireFormat(char[] pin) throws ProfileException {
        if (!hasFormat(pin)) {
            throw new ProfileException(
                    Problem.PIN_FORMAT,
                    "",
                    "A PIN is " + PIN_MIN_DIGITS + " to " + PIN_MAX_DIGITS + " digits (0-9), nothing else");
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PinHash)) {
            return false;
        }
        PinHash o = (PinHash) other;
        return algorithm.equals(o.algorithm)
                && iterations == o.iterations
                && Arrays.equals(salt, o.salt)
                && Arrays.equals(hash, o.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, iterations, Arrays.hashCode(salt), Arrays.hashCode(hash));
    }

    /** Leaves out the hash, so a log line cannot help anyone guess the PIN. */
    @Override
    public String toString() {
        return "PinHash[" + algorithm + ", " + iterations + " iterations, salt "
                + Base64.getEncoder().encodeToString(salt) + "]";
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime since 8 must provide PBKDF2WithHmacSHA256.
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
