package org.empathytrainer.lrs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * What a statement says happened, in parts a screen can put in its own words: who, the verb, and the case and step it
 * was about. Read from the statement itself, so it needs no course.
 *
 * @param who    the actor's name as sent
 * @param verb   the last part of the verb's id: {@code answered}, {@code completed}, {@code experienced}...
 * @param object the activity's id, for a statement about something else than a case or the story
 * @param caseId the case, for a statement about a case or one of its steps
 * @param step   the step's id ({@code place}...), for a statement about a step
 */
public record Happened(String who, String verb, String object, Optional<String> caseId, Optional<String> step) {
    private static final String CASES = "/cases/";
    private static final String STEPS = "/steps/";

    static Happened of(JsonObject statement) {
        String verb = text(statement, "verb", "id");
        String object = text(statement, "object", "id");
        Optional<String> caseId = Optional.empty();
        Optional<String> step = Optional.empty();
        int cases = object.lastIndexOf(CASES);
        if (cases >= 0) {
            String rest = object.substring(cases + CASES.length());
            int steps = rest.indexOf(STEPS);
            caseId = Optional.of(steps < 0 ? rest : rest.substring(0, steps)).filter(id -> !id.isEmpty());
            step = steps < 0 ? Optional.empty() : Optional.of(rest.substring(steps + STEPS.length()));
        }
        return new Happened(
                text(statement, "actor", "name"), verb.substring(verb.lastIndexOf('/') + 1), object, caseId, step);
    }

    /** Who, the verb and the activity's id, as a terminal line or a log says it: {@code Ana answered https://...}. */
    public String plain() {
        return (who + " " + verb + " " + object).strip();
    }

    /** Whether it is about the story rather than a case. */
    public boolean aboutStory() {
        return caseId.isEmpty() && object.endsWith("/story");
    }

    private static String text(JsonObject o, String member, String field) {
        JsonElement m = o.get(member);
        if (m == null || !m.isJsonObject()) {
            return "";
        }
        JsonElement f = m.getAsJsonObject().get(field);
        return f == null || !f.isJsonPrimitive() ? "" : f.getAsString();
    }
}
