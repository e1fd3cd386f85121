package org.empathytrainer.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Step;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.practice.WizardPage;
import org.empathytrainer.ui.kit.Cue;
import org.empathytrainer.ui.kit.Messages;

/**
 * What the presenter window says about a page of a case: the page, the one after it, the answers the room is working
 * towards (so the trainer knows them before revealing), then the case's trainer notes.
 */
final class StepCues {
    private StepCues() {}

    static Cue of(Messages m, Course course, CustomerCase c, WizardPage page) {
        List<String> notes = new ArrayList<>();
        answers(m, course, c, page).ifPresent(notes::add);
        notes.addAll(c.trainerNotes());
        return new Cue(m.get("cue.case", c.title(), name(m, course, page)), next(m, course, page), notes);
    }

    private static String next(Messages m, Course course, WizardPage page) {
        WizardPage[] pages = WizardPage.values();
        if (page.ordinal() + 1 >= pages.length) {
            return m.get("cue.next.home");
        }
        return name(m, course, pages[page.ordinal() + 1]);
    }

    private static String name(Messages m, Course course, WizardPage page) {
        if (page == WizardPage.SUMMARY) {
            return m.get("cue.summary");
        }
        Step step = page.step().orElseThrow();
        return m.get("wizard.step-of", step.number(), 4) + ": "
                + course.method().step(step).title();
    }

    private static Optional<String> answers(Messages m, Course course, CustomerCase c, WizardPage page) {
        switch (page) {
            case PLACE:
                return Optional.of(choice(m, DisplayOrder.concerns(c), c.place().bestConcern(), Concern::text));
            case SENSE:
                return Optional.of(m.get(
                        "cue.answer.feelings",
                        c.sense().feelings().stream()
                                .map(f -> course.emotions()
                                                .find(f.emotion())
                                                .map(e -> e.label())
                                                .orElse(f.emotion()) + " (" + m.get("sense.intensity." + f.intensity())
                                        + ")")
                                .collect(Collectors.joining(", "))));
            case DISCUSS:
                return Optional.of(
                        choice(m, DisplayOrder.options(c), c.discuss().bestOption(), AckOption::text));
            case FIX:
                return Optional.of(m.get(
                        "cue.answer.actions",
                        DisplayOrder.actions(c).stream()
                                .filter(ActionOption::helpful)
                                .map(ActionOption::text)
                                .collect(Collectors.joining(" · "))));
            case SUMMARY:
                return Optional.of(m.get("cue.answer.summary"));
            default:
                return Optional.empty();
        }
    }

    /** The right option of a choice, with the number the room sees in front of it. */
    private static <T> String choice(Messages m, List<T> shown, T right, Function<T, String> text) {
        return m.get("cue.answer.choice", shown.indexOf(right) + 1, text.apply(right));
    }
}
