package org.empathytrainer.records;

import static org.empathytrainer.records.FastTokens.integer;
import static org.empathytrainer.records.FastTokens.require;
import static org.empathytrainer.records.FastTokens.step;
import static org.empathytrainer.records.FastTokens.string;
import static org.empathytrainer.records.FastTokens.stringOrNull;
import static org.empathytrainer.records.FastTokens.strings;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.empathytrainer.practice.CaseAnswers;
import org.empathytrainer.practice.DiscussAnswer;
import org.empathytrainer.practice.FixAnswer;
import org.empathytrainer.practice.PlaceAnswer;
import org.empathytrainer.practice.SenseAnswer;

/** An attempt's answers, for {@link ProgressFastReader}: as the app writes them, or it gives up. */
final class FastAnswers {
    private static final int MIN_INTENSITY = 1;
    private static final int MAX_INTENSITY = 3;

    private FastAnswers() {}

    static CaseAnswers answers(JsonReader r) throws IOException {
        PlaceAnswer place = null;
        SenseAnswer sense = null;
        DiscussAnswer discuss = null;
        FixAnswer fix = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (step(r.nextName())) {
                case PLACE:
                    place = place(r);
                    break;
                case SENSE:
                    sense = sense(r);
                    break;
                case DISCUSS:
                    discuss = discuss(r);
                    break;
                default:
                    fix = fix(r);
                    break;
            }
        }
        r.endObject();
        require(place != null && sense != null && discuss != null && fix != null);
        return new CaseAnswers(place, sense, discuss, fix);
    }

    private static PlaceAnswer place(JsonReader r) throws IOException {
        String retelling = null;
        String concern = null;
        String checked = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "retelling":
                    retelling = string(r);
                    break;
                case "concern":
                    concern = stringOrNull(r);
                    break;
                case "checkedConcern":
                    checked = stringOrNull(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(retelling != null);
        return new PlaceAnswer(retelling, concern, checked);
    }

    private static SenseAnswer sense(JsonReader r) throws IOException {
        Map<String, Integer> picked = null;
        r.beginObject();
        while (r.hasNext()) {
            require(r.nextName().equals("feelings") && picked == null);
            picked = new LinkedHashMap<>();
            r.beginObject();
            while (r.hasNext()) {
                String emotion = r.nextName();
                picked.put(emotion, integer(r, MIN_INTENSITY, MAX_INTENSITY));
            }
            r.endObject();
        }
        r.endObject();
        require(picked != null);
        return new SenseAnswer(picked);
    }

    private static DiscussAnswer discuss(JsonReader r) throws IOException {
        String option = null;
        String checked = null;
        String ownWords = null;
        List<String> selfChecks = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "option":
                    option = stringOrNull(r);
                    break;
                case "checkedOption":
                    checked = stringOrNull(r);
                    break;
                case "ownWords":
                    ownWords = string(r);
                    break;
                case "selfChecks":
                    selfChecks = strings(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(ownWords != null && selfChecks != null);
        return new DiscussAnswer(option, checked, ownWords, new LinkedHashSet<>(selfChecks));
    }

    private static FixAnswer fix(JsonReader r) throws IOException {
        List<String> actions = null;
        String commitment = null;
        List<String> selfChecks = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "actions":
                    actions = strings(r);
                    break;
                case "commitment":
                    commitment = string(r);
                    break;
                case "selfChecks":
                    selfChecks = strings(r);
                    break;
                default:
                    throw FastTokens.UNEXPECTED;
            }
        }
        r.endObject();
        require(actions != null && commitment != null && selfChecks != null);
        return new FixAnswer(actions, commitment, new LinkedHashSet<>(selfChecks));
    }
}
