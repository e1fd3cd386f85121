package org.empathytrainer.ui.theme;

/** A colour palette; each is one stylesheet of colour tokens laid under {@code base.css}. */
public enum Theme {
    LIGHT("light.css");

    private final String palette;

    Theme(String palette) {
        this.palette = palette;
    }

    String palette() {
        return palette;
    }
}
