package org.empathytrainer.content;

import java.util.List;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A customer case: who calls, what they say, what the agent can see, and the activity of each step.
 *
 * @param version      raised by the author whenever the case changes in a way that affects saved answers
 * @param channel      phone, chat, email or counter
 * @param industry     the kind of business, e.g. "telecom", for filtering
 * @param image        a picture shown beside the case, or null
 * @param conversation the opening of the conversation, customer first
 * @param modelReply   a reply that does all four steps well, shown in the summary
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
        String modelReply,
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
        Checks.text(modelReply, "modelReply");
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
                node.text("modelReply"),
                node.texts("trainerNotes"),
                node.has("toneFacts") ? node.object("toneFacts", ToneFacts::read) : ToneFacts.NONE);
    }
}
