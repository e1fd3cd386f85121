package org.empathytrainer.lrs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * Where results are sent: a learning record store's xAPI endpoint and the key and secret it issued (HTTP Basic).
 * Kept by {@link LrsSettingsStore} in the data folder, in a file only its owner may read, because of the secret.
 *
 * @param endpoint the xAPI endpoint, such as {@code https://lrs.example.org/data/xAPI/}; empty when not set. Always
 *                 ends with {@code /}, so that {@code statements} and {@code about} resolve against it
 * @param key      the key (the Basic user name); empty when not set
 * @param secret   the secret (the Basic password); empty when not set
 * @param enabled  whether results are sent; only with an endpoint
 */
public record LrsSettings(String endpoint, String key, String secret, boolean enabled) {
    /** The environment variable that overrides the saved key. */
    public static final String KEY_VARIABLE = "EMPATHY_TRAINER_LRS_KEY";
    /** The environment variable that overrides the saved secret. */
    public static final String SECRET_VARIABLE = "EMPATHY_TRAINER_LRS_SECRET";

    /** Nothing set, sending off. */
    public static final LrsSettings NONE = new LrsSettings("", "", "", false);

    public LrsSettings {
        endpoint = endpoint == null ? "" : endpoint.strip();
        key = key == null ? "" : key;
        secret = secret == null ? "" : secret;
        if (!endpoint.isEmpty()) {
            Optional<String> problem = endpointProblem(endpoint);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
            endpoint = endpoint.endsWith("/") ? endpoint : endpoint + "/";
        }
        if (enabled && endpoint.isEmpty()) {
            throw new IllegalArgumentException("Sending to a learning record store needs its xAPI endpoint");
        }
    }

    /**
     * What is wrong with {@code text} as an xAPI endpoint, in a sentence for the user, or empty when it will do: it
     * must be an absolute http or https URL with a host, without a query or fragment.
     */
    public static Optional<String> endpointProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("The xAPI endpoint is missing: give the address the LRS shows for its xAPI, such as "
                    + "https://lrs.example.org/data/xAPI/");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return Optional.of("The xAPI endpoint \"" + t + "\" is not a valid address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("The xAPI endpoint \"" + t + "\" must start with https:// (or http://), such as "
                    + "https://lrs.example.org/data/xAPI/");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("The xAPI endpoint \"" + t + "\" names no host: it should look like "
                    + "https://lrs.example.org/data/xAPI/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("The xAPI endpoint \"" + t + "\" must not have a query (?) or fragment (#)");
        }
        return Optional.empty();
    }

    /** The endpoint as a URI; the settings must have one. */
    public URI endpointUri() {
        if (endpoint.isEmpty()) {
            throw new IllegalStateException("no xAPI endpoint is set");
        }
        return URI.create(endpoint);
    }

    /** Whether there is enough to try a connection: an endpoint. */
    public boolean hasEndpoint() {
        return !endpoint.isEmpty();
    }

    public LrsSettings withEndpoint(String newEndpoint) {
        return new LrsSettings(newEndpoint, key, secret, enabled && newEndpoint != null && !newEndpoint.isBlank());
    }

    public LrsSettings withCredentials(String newKey, String newSecret) {
        return new LrsSettings(endpoint, newKey, newSecret, enabled);
    }

    public LrsSettings withEnabled(boolean on) {
        return new LrsSettings(endpoint, key, secret, on);
    }

    /**
     * These settings with the key and secret of {@link #KEY_VARIABLE} and {@link #SECRET_VARIABLE} where set (and
     * not blank): a trainer's script can give them without saving them, and without putting them on a command line
     * other users can see.
     */
    public LrsSettings withEnvironment(Map<String, String> environment) {
        String k = environment.get(KEY_VARIABLE);
        String s = environment.get(SECRET_VARIABLE);
        return new LrsSettings(
                endpoint, k == null || k.isBlank() ? key : k, s == null || s.isBlank() ? secret : s, enabled);
    }

    /** Never shows the secret, so settings may be logged. */
    @Override
    public String toString() {
        return "LrsSettings[endpoint=" + endpoint + ", key=" + key + ", secret=" + (secret.isEmpty() ? "" : "***")
                + ", enabled=" + enabled + "]";
    }
}
