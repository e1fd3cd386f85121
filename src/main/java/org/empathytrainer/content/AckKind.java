package org.empathytrainer.content;

/** What an acknowledgement option does: the best one, or the typical mistake it shows. */
public enum AckKind implements Keyword {
    BEST("best"),
    DISMISSING("dismissing"),
    DEFENDING("defending"),
    BLAMING("blaming"),
    SCRIPTED("scripted"),
    OVER_PROMISING("over-promising"),
    FIX_FIRST("fix-first");

    private final String id;

    AckKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
