package org.empathytrainer.ui;

/** Something the user must be told when the window opens (a recovered file, a broken content file). */
public record StartupNotice(String id, Banners.Kind kind, String text) {
}
