package org.empathytrainer.ui.home;

import java.util.Locale;
import org.empathytrainer.content.CustomerCase;

/**
 * A case as the home screen's list holds it: the case, its place in the course and the text the search box looks in
 * (title, customer and tags, in lower case), made once so that typing a letter costs no more than a scan of strings.
 */
record CaseEntry(CustomerCase customerCase, int position, String searchText) {

    static CaseEntry of(CustomerCase c, int position) {
        String text = String.join("\n", c.title(), c.customer().name(), String.join("\n", c.tags()));
        return new CaseEntry(c, position, text.toLowerCase(Locale.ROOT));
    }

    String id() {
        return customerCase.id();
    }
}
