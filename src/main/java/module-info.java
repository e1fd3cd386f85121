/** Empathy Trainer: a desktop course in conveying empathy to customers. */
module org.empathytrainer {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires info.picocli;
    requires java.logging;

    exports org.empathytrainer;

    opens org.empathytrainer to info.picocli;
}
