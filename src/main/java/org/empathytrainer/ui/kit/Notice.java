package org.empathytrainer.ui.kit;

/**
 * Something the user must be told in the window's banner area: a recovered file, a broken content file, where the
 * room's votes went. A notice with the same id as one shown replaces it.
 */
public record Notice(String id, Kind kind, String text) {
    /** How serious a notice is; also its banner's style class. */
    public enum Kind {
        INFO("info"),
        WARNING("warning"),
        ERROR("error");

        private final String style;

        Kind(String style) {
            this.style = style;
        }

        /** The style class of a banner of this kind. */
        public String style() {
            return style;
        }
    }
}
