package org.empathytrainer.content;

/** Whether a next step helps the customer now, comes too early, or does not help at all. */
public enum ActionKind implements Keyword {
    HELPFUL("helpful"),
    PREMATURE("premature"),
    USELESS("useless");

    private final String id;

    ActionKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
