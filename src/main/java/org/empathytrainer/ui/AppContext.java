package org.empathytrainer.ui;

import java.time.Clock;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.records.ProgressKeeper;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.theme.Appearance;

/**
 * The services every screen may use, built once by the composition root. While presenting, the main window hands
 * screens a copy whose keeper is the classroom's (see {@link #withKeeper}).
 */
public record AppContext(
        Messages messages,
        Course course,
        ProgressKeeper keeper,
        ToneCheck toneCheck,
        Clock clock,
        Appearance appearance,
        Presentation presentation) {

    /** The same services with another keeper of progress. */
    public AppContext withKeeper(ProgressKeeper other) {
        return new AppContext(messages, course, other, toneCheck, clock, appearance, presentation);
    }
}
