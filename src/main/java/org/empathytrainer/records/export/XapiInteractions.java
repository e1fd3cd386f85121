package org.empathytrainer.records.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.EmotionPalette;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.Step;

/**
 * Each step as an xAPI interaction: place and discuss are a {@code choice} of one id, sense is {@code matching}
 * feelings (source) to how strongly (target: 1 a little, 2 clearly, 3 strongly), fix is a {@code sequencing} of
 * actions. The correct response is the answer key's full-marks answer; partial credit shows in the score.
 */
final class XapiInteractions {
    private static final Map<String, String> INTENSITIES = Map.of("1", "a little", "2", "clearly", "3", "strongly");

    private XapiInteractions() {}

    static String type(Step step) {
        switch (step) {
            case SENSE:
                return "matching";
            case FIX:
                return "sequencing";
            default:
                return "choice";
        }
    }

    /** The question the learner's response answers. */
    static String prompt(CustomerCase c, Step step) {
        switch (step) {
            case PLACE:
                return c.place().concernPrompt();
            case SENSE:
                return c.sense().prompt();
            case DISCUSS:
                return c.discuss().choicePrompt();
            default:
                return c.fix().choicePrompt();
        }
    }

    /** Adds the components and the correct response pattern of the step to {@code definition}. */
    static void describe(JsonObject definition, CustomerCase c, Step step, EmotionPalette emotions) {
        JsonArray correct = new JsonArray();
        switch (step) {
            case PLACE:
                definition.add("choices", concerns(c.place().concerns()));
                c.place().concerns().stream().filter(k -> k.credit() == 1.0).forEach(k -> correct.add(k.id()));
                break;
            case SENSE:
                definition.add("source", feelings(c, emotions));
                JsonArray target = new JsonArray();
                INTENSITIES.keySet().stream()
                        .sorted()
                        .forEach(i -> target.add(XapiActivities.component(i, INTENSITIES.get(i))));
                definition.add("target", target);
                Map<String, Integer> expected = new LinkedHashMap<>();
                c.sense().feelings().forEach(f -> expected.put(f.emotion(), f.intensity()));
                correct.add(Responses.matching(expected));
                break;
            case DISCUSS:
                JsonArray options = new JsonArray();
                for (AckOption o : c.discuss().options()) {
                    options.add(XapiActivities.component(o.id(), o.text()));
                }
                definition.add("choices", options);
                correct.add(c.discuss().bestOption().id());
                break;
            default:
                JsonArray actions = new JsonArray();
                for (ActionOption a : c.fix().actions()) {
                    actions.add(XapiActivities.component(a.id(), a.text()));
                }
                definition.add("choices", actions);
                correct.add(Responses.sequence(c.fix().order()));
                break;
        }
        definition.add("correctResponsesPattern", correct);
    }

    private static JsonArray concerns(List<Concern> concerns) {
        JsonArray choices = new JsonArray();
        for (Concern k : concerns) {
            choices.add(XapiActivities.component(k.id(), k.text()));
        }
        return choices;
    }

    /** The palette's feelings, or only the expected ones when the palette did not load. */
    private static JsonArray feelings(CustomerCase c, EmotionPalette emotions) {
        JsonArray source = new JsonArray();
        if (emotions != null) {
            emotions.emotions().forEach(e -> source.add(XapiActivities.component(e.id(), e.label())));
        } else {
            c.sense().feelings().stream()
                    .map(ExpectedFeeling::emotion)
                    .forEach(id -> source.add(XapiActivities.component(id, id)));
        }
        return source;
    }
}
