package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/** The index file: which files hold the method, palette, phrases and story, and the cases in course order. */
record CourseIndex(String method, String emotions, String tone, String story, List<String> cases) {

    static CourseIndex read(JsonObjectReader node) {
        return new CourseIndex(
                node.text("method"), node.text("emotions"), node.text("tone"), node.text("story"), node.texts("cases"));
    }
}
