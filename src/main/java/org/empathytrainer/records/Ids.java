package org.empathytrainer.records;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.StepStatus;
import org.empathytrainer.practice.WizardPage;

/**
 * The words written in progress files for pages, step states and steps. Spelled out rather than derived from the
 * enum constants' names, so renaming a constant cannot silently change the file format.
 */
final class Ids {
    static final Map<WizardPage, String> PAGE_IDS = table(
            WizardPage.class,
            Map.of(
                    WizardPage.PLACE,
                    "place",
                    WizardPage.SENSE,
                    "sense",
                    WizardPage.DISCUSS,
                    "discuss",
                    WizardPage.FIX,
                    "fix",
                    WizardPage.SUMMARY,
                    "summary"));
    static final Map<StepStatus, String> STATUS_IDS = table(
            StepStatus.class,
            Map.of(
                    StepStatus.NOT_STARTED,
                    "not-started",
                    StepStatus.IN_PROGRESS,
                    "in-progress",
                    StepStatus.DONE,
                    "done"));
    static final Map<Step, String> STEP_IDS = table(
            Step.class,
            Map.of(
                    Step.PLACE,
                    Step.PLACE.id(),
                    Step.SENSE,
                    Step.SENSE.id(),
                    Step.DISCUSS,
                    Step.DISCUSS.id(),
                    Step.FIX,
                    Step.FIX.id()));

    static final Map<String, WizardPage> PAGES = inverse(PAGE_IDS);
    static final Map<String, StepStatus> STATUSES = inverse(STATUS_IDS);
    static final Map<String, Step> STEPS = inverse(STEP_IDS);

    private Ids() {}

    static String page(WizardPage page) {
        return idOf(PAGE_IDS, page);
    }

    static String status(StepStatus status) {
        return idOf(STATUS_IDS, status);
    }

    static String step(Step step) {
        return idOf(STEP_IDS, step);
    }

    private static <E extends Enum<E>> String idOf(Map<E, String> ids, E value) {
        String id = ids.get(value);
        if (id == null) {
            throw new IllegalStateException(value + " has no id in the progress file format");
        }
        return id;
    }

    private static <E extends Enum<E>> Map<E, String> table(Class<E> type, Map<E, String> ids) {
        EnumMap<E, String> ordered = new EnumMap<>(type);
        ordered.putAll(ids);
        return Collections.unmodifiableMap(ordered);
    }

    /** Keeps the enum's order, so error messages list the allowed words in a sensible order. */
    private static <E> Map<String, E> inverse(Map<E, String> ids) {
        Map<String, E> byId = new LinkedHashMap<>();
        ids.forEach((value, id) -> byId.put(id, value));
        return Collections.unmodifiableMap(byId);
    }
}
