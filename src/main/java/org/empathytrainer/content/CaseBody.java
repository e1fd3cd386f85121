package org.empathytrainer.content;

import java.util.List;
import java.util.Map;
import org.empathytrainer.json.JsonObjectReader;

/**
 * What a case's steps show and ask, beyond what home lists it by.
 *
 * @param conversation the opening of the conversation, customer first
 * @param modelReply   a reply that does all four steps well, as turns (agent's, with the customer's likely answers
 *                     between them), shown in the summary; a file may give it as one text, read as one agent turn
 * @param debrief      for a learner on their own, shown after the summary
 * @param trainerNotes points for a trainer leading a group through the case
 * @param toneFacts    the customer's details and the promises ruled out, for the tone check
 */
record CaseBody(
        List<Utterance> conversation,
        AgentView agentView,
        PlaceActivity place,
        SenseActivity sense,
        DiscussActivity discuss,
        FixActivity fix,
        List<Utterance> modelReply,
        Debrief debrief,
        List<String> trainerNotes,
        ToneFacts toneFacts) {

    /** Reads the body's fields of a case file, in the file's order of checking. */
    static CaseBody read(JsonObjectReader node) {
        return new CaseBody(
                node.list("conversation", Utterance::read),
                node.object("agentView", AgentView::read),
                node.object("place", PlaceActivity::read),
                node.object("sense", SenseActivity::read),
                node.object("discuss", DiscussActivity::read),
                node.object("fix", FixActivity::read),
                modelReplyOf(node),
                node.object("debrief", Debrief::read),
                node.texts("trainerNotes"),
                node.has("toneFacts") ? node.object("toneFacts", ToneFacts::read) : ToneFacts.NONE);
    }

    private static List<Utterance> modelReplyOf(JsonObjectReader node) {
        if (node.holdsList("modelReply")) {
            return node.list("modelReply", Utterance::read);
        }
        return List.of(new Utterance(Utterance.Speaker.AGENT, node.text("modelReply")));
    }

    /** The body as a case holds it, once what every case needs is there. */
    CaseBody checked() {
        List<Utterance> turns = Checks.nonEmpty(conversation, "conversation");
        List<Utterance> model = Checks.nonEmpty(modelReply, "modelReply");
        if (model.stream().noneMatch(t -> t.speaker() == Utterance.Speaker.AGENT)) {
            throw new ContentException("modelReply", "must have at least one agent turn");
        }
        if (debrief == null) {
            throw new ContentException("debrief", "is missing");
        }
        return new CaseBody(
                turns,
                agentView,
                place,
                sense,
                discuss,
                fix,
                model,
                debrief,
                Checks.nonEmpty(trainerNotes, "trainerNotes"),
                toneFacts == null ? ToneFacts.NONE : toneFacts);
    }

    /** This body with step 2 knowing the palette's groups of near-synonyms, which the case file does not repeat. */
    CaseBody withGroups(Map<String, String> groups) {
        return new CaseBody(
                conversation,
                agentView,
                place,
                sense.withGroups(groups),
                discuss,
                fix,
                modelReply,
                debrief,
                trainerNotes,
                toneFacts);
    }
}
