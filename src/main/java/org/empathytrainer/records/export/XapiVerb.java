package org.empathytrainer.records.export;

import com.google.gson.JsonObject;

/** The ADL verbs the export uses. */
public enum XapiVerb {
    EXPERIENCED("experienced"),
    ANSWERED("answered"),
    PROGRESSED("progressed"),
    COMPLETED("completed");

    private final String word;
    /** Made once: every statement names its verb. Shared, so never changed; statements handed out are copies. */
    private final JsonObject json;

    XapiVerb(String word) {
        this.word = word;
        JsonObject verb = new JsonObject();
        verb.addProperty("id", iri());
        verb.add("display", XapiActivities.languageMap(word));
        this.json = verb;
    }

    public String iri() {
        return "http://adlnet.gov/expapi/verbs/" + word;
    }

    JsonObject json() {
        return json;
    }
}
