/** The start-up benchmark's yardstick: a bare JavaFX window. */
module org.empathytrainer.bench.bare {
    requires javafx.controls;
}
