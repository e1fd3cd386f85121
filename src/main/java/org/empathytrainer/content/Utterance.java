package org.empathytrainer.content;

import org.empathytrainer.json.JsonObjectReader;

/** One turn of the conversation that opens a case. */
public record Utterance(Speaker speaker, String text) {

    /** Who speaks a turn. */
    public enum Speaker implements Keyword {
        CUSTOMER("customer"),
        AGENT("agent");

        private final String id;

        Speaker(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public Utterance {
        Checks.text(text, "text");
    }

    static Utterance read(JsonObjectReader node) {
        return new Utterance(Keyword.read(node, "speaker", Speaker.values()), node.text("text"));
    }
}
