package org.empathytrainer.records.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1) of RFC 4122 in this app's own namespace: the same name always gives the same
 * UUID, so exporting the same records twice gives the same statement ids and a learning record store keeps one copy.
 */
final class NameUuids {
    /** This app's namespace; never change it, or every id exported before would change. */
    static final UUID NAMESPACE = UUID.fromString("6f1c3e0a-2b7d-4c53-9a1e-5d8b2f4c7e90");

    private NameUuids() {}

    /** The UUID of the name made of {@code parts}, each ended by a line feed so no two lists run together. */
    static UUID of(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(part).append('\n');
        }
        return v5(NAMESPACE, name.toString());
    }

    /** A SHA-1 digest per thread that has read this app's namespace, copied for each name. */
    private static final ThreadLocal<MessageDigest> IN_NAMESPACE = ThreadLocal.withInitial(() -> started(NAMESPACE));

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        if (namespace.equals(NAMESPACE)) {
            try {
                sha1 = (MessageDigest) IN_NAMESPACE.get().clone();
            } catch (CloneNotSupportedException e) {
                sha1 = started(namespace);
            }
        } else {
            sha1 = started(namespace);
        }
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        return uuid(hash);
    }

    private static MessageDigest started(UUID namespace) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        return sha1;
    }

    private static UUID uuid(byte[] hash) {
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
