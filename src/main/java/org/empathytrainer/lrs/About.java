package org.empathytrainer.lrs;

import java.util.List;

/**
 * What a learning record store says of itself ({@code GET about}).
 *
 * @param versions the xAPI versions it speaks, such as {@code 1.0.3}
 */
public record About(List<String> versions) {
    public About {
        versions = List.copyOf(versions);
    }

    /** Whether it speaks the version this app sends, 1.0.x. */
    public boolean speaks103() {
        return versions.stream().anyMatch(v -> v.startsWith("1.0."));
    }
}
