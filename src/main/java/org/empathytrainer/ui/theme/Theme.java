package org.empathytrainer.ui.theme;

import java.util.Arrays;
import java.util.Optional;

/** A colour palette; each is one stylesheet of colour tokens laid under {@code base.css}. */
public enum Theme {
    LIGHT("light", "light.css"),
    DARK("dark", "dark.css"),
    /** High contrast (every text at least 7:1) and strong borders, for a projector in a bright room. */
    PROJECTOR("projector", "projector.css");

    private final String id;
    private final String palette;

    Theme(String id, String palette) {
        this.id = id;
        this.palette = palette;
    }

    /** The id kept in the settings file, one of {@code Settings.THEMES}. */
    public String id() {
        return id;
    }

    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    String palette() {
        return palette;
    }
}
