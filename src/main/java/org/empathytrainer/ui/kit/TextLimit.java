package org.empathytrainer.ui.kit;

import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Keeps a text box within a length: typing past it adds nothing and a paste is cut to fit, and a line under the box
 * says the limit whenever something was cut. The box never holds more, so nothing downstream (the tone check, the
 * saved file) meets a huge text.
 */
public final class TextLimit {
    private TextLimit() {}

    /**
     * Limits {@code box} to {@code max} characters. Returns the line that says the limit, hidden until an edit is cut,
     * with the id {@code <box id>Limit}; the caller places it under the box.
     */
    public static Label apply(Messages m, TextInputControl box, int max) {
        Label note = Ui.text(m.get("text.limit", max), "muted");
        note.setId(box.getId() + "Limit");
        note.setWrapText(true);
        note.setVisible(false);
        note.managedProperty().bind(note.visibleProperty());
        box.setTextFormatter(new TextFormatter<String>(change -> {
            int over = change.getControlNewText().length() - max;
            if (over <= 0) {
                note.setVisible(false);
                return change;
            }
            note.setVisible(true);
            String added = change.getText();
            if (over > added.length()) {
                return null;
            }
            change.setText(added.substring(0, added.length() - over));
            int caret = change.getRangeStart() + change.getText().length();
            change.selectRange(caret, caret);
            return change;
        }));
        if (box.getLength() > max) {
            box.setText(box.getText().substring(0, max));
            note.setVisible(true);
        }
        return note;
    }
}
