package org.empathytrainer.content;

import java.util.List;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A customer case: who calls, what they say, what the agent can see, and the activity of each step.
 *
 * @param version      raised by the author whenever the case changes in a way that affects saved answers
 * @param channel      phone, chat, email or counter
 * @param industry     the kind of business, e.g. "telecom", for filtering
 * @param image        a picture shown beside the case, or null
 * @param conversation the opening of the conversation, customer first
 * @param modelReply   a reply that does all four steps well, as turns (agent's, with the customer's likely answers
 *                     between them), shown in the summary; a file may give it as one text, read as one agent turn
 * @param debrief      for a learner on their own, shown after the summary
 * @param trainerNotes points for a trainer leading a group through the case
 * @param toneFacts    the customer's details and the promises ruled out, for the tone check
 */
public record CustomerCase(
        String id,
        int version,
        String title,
        String summary,
        String channel,
        String industry,
        Difficulty difficulty,
        List<String> tags,
        Customer customer,
        CaseImage image,
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

    public CustomerCase {
        Checks.id(id, "id");
        if (version < 1) {
            throw new ContentException("version", "must be 1 or more, not " + version);
        }
        Checks.text(title, "title");
        Checks.text(summary, "summary");
        Checks.text(channel, "channel");
        Checks.text(industry, "industry");
        if (difficulty == null) {
            throw new ContentException("difficulty", "is missing");
        }
        tags = List.copyOf(tags);
        conversation = Checks.nonEmpty(conversation, "conversation");
        modelReply = Checks.nonEmpty(modelReply, "modelReply");
        if (modelReply.stream().noneMatch(t -> t.speaker() == Utterance.Speaker.AGENT)) {
            throw new ContentException("modelReply", "must have at least one agent turn");
        }
        if (debrief == null) {
            throw new ContentException("debrief", "is missing");
        }
        trainerNotes = Checks.nonEmpty(trainerNotes, "trainerNotes");
        toneFacts = toneFacts == null ? ToneFacts.NONE : toneFacts;
    }

    static CustomerCase read(JsonObjectReader node) {
        return new CustomerCase(
                node.text("id"),
                node.integer("version"),
                node.text("title"),
                node.text("summary"),
                node.text("channel"),
                node.text("industry"),
                Keyword.read(node, "difficulty", Difficulty.values()),
                node.optionalTexts("tags"),
                node.object("customer", Customer::read),
                node.has("image") ? node.object("image", CaseImage::read) : null,
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

    /** The agent's turns of the model reply, joined: what a learner's own whole reply compares with. */
    public String modelReplyText() {
        return modelReply.stream()
                .filter(t -> t.speaker() == Utterance.Speaker.AGENT)
                .map(Utterance::text)
                .collect(Collectors.joining("\n\n"));
    }

    /** A copy whose step 2 knows the palette's groups of near-synonyms, which the case file does not repeat. */
    public CustomerCase withEmotionGroups(EmotionPalette palette) {
        return new CustomerCase(
                id,
                version,
                title,
                summary,
                channel,
                industry,
                difficulty,
                tags,
                customer,
                image,
                conversation,
                agentView,
                place,
                sense.withGroups(palette.groups()),
                discuss,
                fix,
                modelReply,
                debrief,
                trainerNotes,
                toneFacts);
    }

    private static List<Utterance> modelReplyOf(JsonObjectReader node) {
        if (node.holdsList("modelReply")) {
            return node.list("modelReply", Utterance::read);
        }
        return List.of(new Utterance(Utterance.Speaker.AGENT, node.text("modelReply")));
    }
}
