package org.empathytrainer.content;

/** How hard a case is, for ordering a course and filtering the home screen. */
public enum Difficulty implements Keyword {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String id;

    Difficulty(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
