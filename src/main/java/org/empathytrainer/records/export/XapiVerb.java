package org.empathytrainer.records.export;

import com.google.gson.JsonObject;

/** The ADL verbs the export uses. */
public enum XapiVerb {
    EXPERIENCED("experienced"),
    ANSWERED("answered"),
    PROGRESSED("progressed"),
    COMPLETED("completed");

    private final String word;

    XapiVerb(String word) {
        this.word = word;
    }

    public String iri() {
        return "http://adlnet.gov/expapi/verbs/" + word;
    }

    JsonObject json() {
        JsonObject verb = new JsonObject();
        verb.addProperty("id", iri());
        verb.add("display", XapiActivities.languageMap(word));
        return verb;
    }
}
