package org.empathytrainer.records.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;

/**
 * The activities statements are about, with stable absolute IRIs under the activity base and definitions taken
 * from the course as it is now: {@code <base>course}, {@code <base>story}, {@code <base>cases/<case>} and
 * {@code <base>cases/<case>/steps/<step>}.
 */
final class XapiActivities {
    static final String LANGUAGE = "en-US";
    static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";
    static final String LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    static final String SIMULATION_TYPE = "http://adlnet.gov/expapi/activities/simulation";
    /** The type xAPI asks for on an activity whose definition has an interaction type. */
    static final String INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

    private final Course course;
    private final String base;
    /**
     * Each activity made once: an export names the same few activities in every statement. They are shared between
     * statements, so nothing may change them; {@link XapiExport#statements} hands out copies.
     */
    private final Map<String, JsonObject> made = new ConcurrentHashMap<>();

    private final Map<String, JsonObject> cases = new ConcurrentHashMap<>();
    private final Map<String, Map<Step, JsonObject>> steps = new ConcurrentHashMap<>();

    XapiActivities(Course course, String base) {
        this.course = course;
        this.base = base;
    }

    String courseId() {
        return base + "course";
    }

    String storyId() {
        return base + "story";
    }

    String caseId(String caseId) {
        return base + "cases/" + caseId;
    }

    String stepId(String caseId, Step step) {
        return caseId(caseId) + "/steps/" + step.id();
    }

    String extension(String name) {
        return base + "extensions/" + name;
    }

    JsonObject course() {
        return made.computeIfAbsent("course", id -> makeCourse());
    }

    JsonObject story() {
        return made.computeIfAbsent("story", id -> makeStory());
    }

    JsonObject customerCase(String caseId) {
        return cases.computeIfAbsent(caseId, this::makeCustomerCase);
    }

    JsonObject step(String caseId, Step step) {
        return steps.computeIfAbsent(caseId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(step, s -> makeStep(caseId, s));
    }

    private JsonObject makeCourse() {
        return activity(
                courseId(),
                definition(
                        "Empathy Trainer",
                        "A course in conveying empathy to customers, in four steps: place, sense, discuss, fix.",
                        COURSE_TYPE));
    }

    private JsonObject makeStory() {
        String title = course.storyIfLoaded().map(s -> s.title()).orElse("The story");
        String summary = course.storyIfLoaded().map(s -> s.summary()).orElse(null);
        return activity(storyId(), definition(title, summary, LESSON_TYPE));
    }

    private JsonObject makeCustomerCase(String caseId) {
        Optional<CustomerCase> c = course.findCase(caseId);
        return activity(
                caseId(caseId),
                definition(
                        c.map(CustomerCase::title).orElse(caseId),
                        c.map(CustomerCase::summary).orElse(null),
                        SIMULATION_TYPE));
    }

    private JsonObject makeStep(String caseId, Step step) {
        Optional<CustomerCase> c = course.findCase(caseId);
        String stepName =
                course.method() == null ? step.id() : course.method().step(step).shortName();
        JsonObject definition = definition(
                c.map(CustomerCase::title).orElse(caseId) + ": " + stepName,
                c.map(found -> XapiInteractions.prompt(found, step)).orElse(null),
                INTERACTION_TYPE);
        definition.addProperty("interactionType", XapiInteractions.type(step));
        c.ifPresent(found -> XapiInteractions.describe(definition, found, step, course.emotions()));
        return activity(stepId(caseId, step), definition);
    }

    static JsonObject languageMap(String text) {
        JsonObject map = new JsonObject();
        map.addProperty(LANGUAGE, text);
        return map;
    }

    static JsonObject component(String id, String description) {
        JsonObject component = new JsonObject();
        component.addProperty("id", id);
        component.add("description", languageMap(description));
        return component;
    }

    static JsonArray array(JsonObject... items) {
        JsonArray array = new JsonArray();
        for (JsonObject item : items) {
            array.add(item);
        }
        return array;
    }

    private static JsonObject activity(String id, JsonObject definition) {
        JsonObject activity = new JsonObject();
        activity.addProperty("objectType", "Activity");
        activity.addProperty("id", id);
        activity.add("definition", definition);
        return activity;
    }

    private static JsonObject definition(String name, String description, String type) {
        JsonObject definition = new JsonObject();
        definition.add("name", languageMap(name));
        if (description != null) {
            definition.add("description", languageMap(description));
        }
        definition.addProperty("type", type);
        return definition;
    }
}
