package org.empathytrainer.lrs.overview;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.empathytrainer.content.Step;
import org.empathytrainer.records.export.XapiVerb;

/**
 * What one statement of the app's says about a learner's attempt at a case, as far as the dashboard's rules need it:
 * a step answered with its score, an attempt completed, or an attempt under way. Read from the statement as the
 * xAPI export writes it (README, "xAPI statements"); anything else (the story, another tool's statements, one
 * lacking a field the rules need) gives no fact.
 *
 * @param learner      the learner's account, {@code homePage} and {@code name}, which identifies them across
 *                     workstations
 * @param name         the learner's name as the statement gives it; the account name when it gives none
 * @param step         the step answered; null for a completed or progressed attempt
 * @param score        the step's score, 0 to 1; NaN unless a step was answered
 * @param attempt      the attempt's number on the workstation that made it; 0 when the statement lacks it
 * @param caseVersion  the version of the case the attempt was made on; 0 when the statement lacks it
 * @param registration the attempt: one registration for all its statements
 */
record StatementFact(
        Account learner,
        String name,
        Kind kind,
        String caseId,
        Step step,
        double score,
        String registration,
        int attempt,
        int caseVersion,
        Instant timestamp) {

    enum Kind {
        ANSWERED,
        COMPLETED,
        PROGRESSED
    }

    /** A learner's account: the system it belongs to and the learner's id there. */
    record Account(String homePage, String name) {}

    /** The fact in {@code statement}, if it is an answered step, a completed or a progressed attempt of the app's. */
    static Optional<StatementFact> of(JsonObject statement, String activityBase) {
        Optional<Kind> kind = kind(text(statement, "verb", "id"));
        String object = text(statement, "object", "id");
        JsonObject account = object(object(statement, "actor"), "account");
        String homePage = text(account, "homePage");
        String accountName = text(account, "name");
        JsonObject context = object(statement, "context");
        String registration = text(context, "registration");
        Instant timestamp = instant(text(statement, "timestamp"));
        if (kind.isEmpty()
                || object == null
                || !object.startsWith(activityBase + "cases/")
                || homePage == null
                || accountName == null
                || registration == null
                || timestamp == null) {
            return Optional.empty();
        }
        String rest = object.substring(activityBase.length() + "cases/".length());
        int slash = rest.indexOf('/');
        String caseId = slash < 0 ? rest : rest.substring(0, slash);
        Step step = null;
        double score = Double.NaN;
        if (kind.get() == Kind.ANSWERED) {
            if (slash < 0 || !rest.startsWith("/steps/", slash)) {
                return Optional.empty();
            }
            step = Step.fromId(rest.substring(slash + "/steps/".length())).orElse(null);
            score = number(object(object(statement, "result"), "score"), "scaled");
            if (step == null || !(score >= 0 && score <= 1)) {
                return Optional.empty();
            }
        } else if (slash >= 0) {
            return Optional.empty();
        }
        if (caseId.isEmpty()) {
            return Optional.empty();
        }
        String name = text(object(statement, "actor"), "name");
        JsonObject extensions = object(context, "extensions");
        return Optional.of(new StatementFact(
                new Account(homePage, accountName),
                name == null || name.isBlank() ? accountName : name,
                kind.get(),
                caseId,
                step,
                score,
                registration,
                (int) whole(extensions, activityBase + "extensions/attempt"),
                (int) whole(extensions, activityBase + "extensions/case-version"),
                timestamp));
    }

    private static Optional<Kind> kind(String verb) {
        if (XapiVerb.ANSWERED.iri().equals(verb)) {
            return Optional.of(Kind.ANSWERED);
        }
        if (XapiVerb.COMPLETED.iri().equals(verb)) {
            return Optional.of(Kind.COMPLETED);
        }
        if (XapiVerb.PROGRESSED.iri().equals(verb)) {
            return Optional.of(Kind.PROGRESSED);
        }
        return Optional.empty();
    }

    private static JsonObject object(JsonObject parent, String field) {
        if (parent == null) {
            return null;
        }
        JsonElement e = parent.get(field);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static String text(JsonObject parent, String field) {
        if (parent == null) {
            return null;
        }
        JsonElement e = parent.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static String text(JsonObject parent, String object, String field) {
        return text(object(parent, object), field);
    }

    private static double number(JsonObject parent, String field) {
        if (parent == null) {
            return Double.NaN;
        }
        JsonElement e = parent.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : Double.NaN;
    }

    private static long whole(JsonObject parent, String field) {
        double n = number(parent, field);
        return n >= 0 && n <= Integer.MAX_VALUE && n == Math.rint(n) ? (long) n : 0;
    }

    /** An ISO 8601 time with a zone, as the LRS may give it back: {@code Z} or an offset, with or without fractions. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
