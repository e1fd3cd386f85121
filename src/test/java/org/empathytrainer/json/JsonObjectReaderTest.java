package org.empathytrainer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The field reader both course content and saved records are read with: what it accepts, and how it says no. */
class JsonObjectReaderTest {

    @Test
    void theFileMustHoldOneObject() {
        assertThat(problem(() -> JsonObjectReader.root(JsonParser.parseString("[1]"))))
                .isEqualTo("the file must hold one JSON object");
        assertThat(problem(() -> JsonObjectReader.root(null))).isEqualTo("the file must hold one JSON object");
    }

    @Test
    void nullCountsAsAbsent() {
        JsonObjectReader r = reader("{\"a\": null, \"b\": 1}");

        assertThat(r.has("a")).isFalse();
        assertThat(r.has("b")).isTrue();
        assertThat(r.names()).containsExactly("a", "b");
        assertThat(r.stringOrNull("a")).isNull();
        assertThat(r.optionalText("a")).isEmpty();
        assertThat(r.optionalTexts("a")).isEmpty();
        assertThat(detail(r, x -> x.text("a"))).isEqualTo("a: is missing");
    }

    @Test
    void problemsInNestedObjectsAndListsNameTheWholePath() {
        JsonObjectReader r = reader("{\"fix\": {\"actions\": [{\"kind\": \"x\"}, {\"id\": 2}]}}");

        assertThat(detail(r, x -> x.object("fix", f -> f.list("actions", a -> a.text("kind")))))
                .isEqualTo("fix.actions[1].kind: is missing");
        assertThat(detail(r, x -> x.object("fix", f -> f.objects("actions", a -> a.string("kind")))))
                .isEqualTo("fix.actions[1].kind: is missing");
    }

    @Test
    void aRuleBrokenWhileBuildingIsPlacedWhereTheObjectIs() {
        JsonObjectReader r = reader("{\"steps\": {\"place\": {}}}");

        assertThat(detail(
                        r,
                        x -> x.object(
                                "steps",
                                s -> s.object("place", p -> {
                                    throw new JsonFieldException("order[2]", "is listed twice");
                                }))))
                .isEqualTo("steps.place.order[2]: is listed twice");
        assertThat(detail(
                        r,
                        x -> x.object(
                                "steps",
                                s -> s.object(
                                        "place",
                                        p -> p.build(() -> {
                                            throw new IllegalArgumentException("a score needs a finished step");
                                        })))))
                .isEqualTo("steps.place: a score needs a finished step");
        assertThat(reader("{}").build(() -> "built")).isEqualTo("built");
    }

    @Test
    void anObjectMustBeAnObject() {
        JsonObjectReader r = reader("{\"o\": 1, \"l\": [1], \"k\": {\"x\": \"y\"}}");

        assertThat(detail(r, x -> x.object("o", o -> o))).isEqualTo("o: must be an object");
        assertThat(detail(r, x -> x.object("none", o -> o))).isEqualTo("none: is missing");
        assertThat(detail(r, x -> x.list("l", o -> o))).isEqualTo("l[0]: must be an object");
        assertThat(detail(r, x -> x.objects("l", o -> o))).isEqualTo("l[0]: must be an object, not 1");
        String k = r.object("k", o -> o.string("x"));
        assertThat(k).isEqualTo("y");
    }

    @Test
    void contentListsMustBeNonEmptyListsOfObjects() {
        JsonObjectReader r = reader("{\"empty\": [], \"text\": \"a\", \"two\": [{\"n\": 1}, {\"n\": 2}]}");

        assertThat(detail(r, x -> x.list("empty", o -> o))).isEqualTo("empty: must not be empty");
        assertThat(detail(r, x -> x.list("text", o -> o))).isEqualTo("text: must be a list");
        assertThat(detail(r, x -> x.list("none", o -> o))).isEqualTo("none: is missing");
        assertThat(r.list("two", o -> o.integer("n"))).containsExactly(1, 2);
    }

    @Test
    void savedListsOfObjectsMayBeAbsentOrEmpty() {
        JsonObjectReader r = reader(
                "{\"empty\": [], \"text\": \"a\", \"two\": [{\"n\": 1}, {\"n\": 2}]," + " \"mixed\": [{}, [1, 2]]}");

        assertThat(r.objects("none", o -> o)).isEmpty();
        assertThat(r.objects("empty", o -> o)).isEmpty();
        assertThat(detail(r, x -> x.objects("text", o -> o))).isEqualTo("text: must be a list");
        assertThat(detail(r, x -> x.objects("mixed", o -> o))).isEqualTo("mixed[1]: must be an object, not a list");
        assertThat(r.objects("two", o -> o.integer("n", 0, 9))).containsExactly(1, 2);
    }

    @Test
    void textIsStrippedAndMustNotBeBlank() {
        JsonObjectReader r = reader("{\"t\": \"  hello \", \"blank\": \" \", \"n\": 5, \"o\": {}}");

        assertThat(r.text("t")).isEqualTo("hello");
        assertThat(r.optionalText("t")).isEqualTo(Optional.of("hello"));
        assertThat(detail(r, x -> x.text("blank"))).isEqualTo("blank: must not be empty");
        assertThat(detail(r, x -> x.text("n"))).isEqualTo("n: must be a string, not 5");
        assertThat(detail(r, x -> x.text("o"))).isEqualTo("o: must be a string");
    }

    @Test
    void textsAreANonEmptyListOfNonBlankTexts() {
        JsonObjectReader r = reader("{\"t\": [\" a\", \"b \"], \"empty\": [], \"blank\": [\"a\", \" \"],"
                + " \"number\": [3], \"text\": \"a\"}");

        assertThat(r.texts("t")).containsExactly("a", "b");
        assertThat(r.optionalTexts("t")).containsExactly("a", "b");
        assertThat(detail(r, x -> x.texts("empty"))).isEqualTo("empty: must not be empty");
        assertThat(detail(r, x -> x.texts("blank"))).isEqualTo("blank[1]: must be a non-empty string");
        assertThat(detail(r, x -> x.texts("number"))).isEqualTo("number[0]: must be a non-empty string");
        assertThat(detail(r, x -> x.texts("text"))).isEqualTo("text: must be a list");
    }

    @Test
    void contentNumbers() {
        JsonObjectReader r =
                reader("{\"i\": 2.0, \"half\": 2.5, \"word\": \"two\", \"big\": 1e12, \"o\": []," + " \"d\": 0.5}");

        assertThat(r.integer("i")).isEqualTo(2);
        assertThat(detail(r, x -> x.integer("half"))).isEqualTo("half: must be a whole number, not 2.5");
        assertThat(detail(r, x -> x.integer("word"))).isEqualTo("word: must be a whole number, not \"two\"");
        assertThat(detail(r, x -> x.integer("big"))).isEqualTo("big: is far too large: 1e12");
        assertThat(detail(r, x -> x.integer("o"))).isEqualTo("o: must be a whole number");
        assertThat(r.number("d")).isEqualTo(0.5);
        assertThat(detail(r, x -> x.number("word"))).isEqualTo("word: must be a number, not \"two\"");
        assertThat(detail(r, x -> x.number("o"))).isEqualTo("o: must be a number");
    }

    @Test
    void savedStringsAreTakenAsWritten() {
        JsonObjectReader r = reader("{\"s\": \" \", \"n\": 5, \"o\": {}, \"long\": " + "1".repeat(50) + "}");

        assertThat(r.string("s")).isEqualTo(" ");
        assertThat(r.stringOrNull("s")).isEqualTo(" ");
        assertThat(detail(r, x -> x.string("n"))).isEqualTo("n: must be a string, not 5");
        assertThat(detail(r, x -> x.string("o"))).isEqualTo("o: must be a string, not an object");
        assertThat(detail(r, x -> x.string("long"))).isEqualTo("long: must be a string, not " + "1".repeat(40) + "...");
        assertThat(detail(r, x -> x.string("none"))).isEqualTo("none: is missing");
    }

    @Test
    void savedListsOfStringsMayBeEmpty() {
        JsonObjectReader r = reader("{\"s\": [\"a\", \"\"], \"empty\": [], \"mixed\": [\"a\", {}], \"text\": \"a\"}");

        assertThat(r.strings("s")).containsExactly("a", "");
        assertThat(r.strings("empty")).isEmpty();
        assertThat(detail(r, x -> x.strings("mixed"))).isEqualTo("mixed[1]: must be a string, not an object");
        assertThat(detail(r, x -> x.strings("text"))).isEqualTo("text: must be a list");
        assertThat(detail(r, x -> x.strings("none"))).isEqualTo("none: is missing");
    }

    @Test
    void savedWholeNumbersWithinLimits() {
        JsonObjectReader r = reader("{\"i\": 3.0, \"half\": 1.5, \"word\": \"one\", \"o\": [1]}");

        assertThat(r.integer("i", 1, 3)).isEqualTo(3);
        assertThat(detail(r, x -> x.integer("i", 1, 2))).isEqualTo("i: must be from 1 to 2, not 3");
        assertThat(detail(r, x -> x.integer("half", 1, 2))).isEqualTo("half: must be a whole number, not 1.5");
        assertThat(detail(r, x -> x.integer("word", 1, 2))).isEqualTo("word: must be a whole number, not \"one\"");
        assertThat(detail(r, x -> x.integer("o", 1, 2))).isEqualTo("o: must be a whole number, not a list");
    }

    @Test
    void savedNumbersMustBeFinite() {
        JsonObjectReader r = reader("{\"d\": 0.25, \"huge\": 1e999, \"word\": \"x\"}");

        assertThat(r.numberOrNull("d")).isEqualTo(0.25);
        assertThat(r.numberOrNull("none")).isNull();
        assertThat(detail(r, x -> x.numberOrNull("huge"))).isEqualTo("huge: must be a number, not 1e999");
        assertThat(detail(r, x -> x.numberOrNull("word"))).isEqualTo("word: must be a number, not \"x\"");
    }

    @Test
    void times() {
        JsonObjectReader r = reader("{\"t\": \"2025-01-31T09:30:00Z\", \"bad\": \"yesterday\"}");

        assertThat(r.instantOrNull("t")).isEqualTo(Instant.parse("2025-01-31T09:30:00Z"));
        assertThat(r.instantOrNull("none")).isNull();
        assertThat(detail(r, x -> x.instantOrNull("bad")))
                .isEqualTo("bad: must be a time such as 2025-01-31T09:30:00Z, not \"yesterday\"");
    }

    @Test
    void wordsFromAFixedSet() {
        JsonObjectReader r = reader("{\"page\": \"fix\", \"bad\": \"talk\", \"steps\": {\"place\": {}, \"talk\": {}}}");
        Map<String, Integer> pages = Map.of("place", 1, "fix", 4);

        assertThat(r.oneOf("page", pages)).isEqualTo(4);
        assertThat(detail(r, x -> x.oneOf("bad", Map.of("place", 1)))).isEqualTo("bad: \"talk\" is not one of place");
        assertThat(detail(
                        r,
                        x -> x.object("steps", s -> {
                            s.requireKnownNames(Map.of("place", 1));
                            return s;
                        })))
                .isEqualTo("steps: \"talk\" is not one of place");
    }

    @Test
    void aProblemOfTheReadersOwnNamesTheField() {
        JsonObjectReader r = reader("{\"profiles\": [{\"id\": \"a\"}]}");

        assertThat(detail(
                        r,
                        x -> x.objects("profiles", p -> {
                            throw p.problem("id", "\"a\" is used by two profiles");
                        })))
                .isEqualTo("profiles[0].id: \"a\" is used by two profiles");
        assertThat(detail(r, x -> {
                    throw x.problem("", "the file is empty");
                }))
                .isEqualTo("the file is empty");
    }

    private static JsonObjectReader reader(String json) {
        return JsonObjectReader.root(JsonParser.parseString(json));
    }

    private static String problem(Runnable read) {
        return catchThrowableOfType(JsonFieldException.class, read::run).problem();
    }

    /** The problem as {@code field: problem}, as the app shows it. */
    private static String detail(JsonObjectReader r, Function<JsonObjectReader, ?> read) {
        JsonFieldException e = catchThrowableOfType(JsonFieldException.class, () -> read.apply(r));
        assertThat(e).as("a problem").isNotNull();
        return e.field().isEmpty() ? e.problem() : e.field() + ": " + e.problem();
    }
}
