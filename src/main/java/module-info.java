/** Empathy Trainer: a desktop course in conveying empathy to customers. */
module org.empathytrainer {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires info.picocli;
    requires java.logging;
    // Results are sent to a learning record store with the JDK's HTTP client.
    requires java.net.http;
    // javax.imageio writes the completion certificate as a PNG.
    requires java.desktop;

    exports org.empathytrainer;
    // The style sheet names the app's scroll pane skin, which JavaFX creates by reflection.
    exports org.empathytrainer.ui.skin to
            javafx.controls;

    opens org.empathytrainer to
            info.picocli;
}
