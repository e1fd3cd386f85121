package org.empathytrainer.ui;

import java.time.Clock;
import org.empathytrainer.content.Course;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.ui.theme.Appearance;

/** The services every screen may use, built once by the composition root. */
public record AppContext(Messages messages, Course course, ProgressKeeper keeper, ToneCheck toneCheck, Clock clock,
                         Appearance appearance) {
}
