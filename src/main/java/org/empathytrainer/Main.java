package org.empathytrainer;

public final class Main {
    public static void main(String[] args) {
    }
}
