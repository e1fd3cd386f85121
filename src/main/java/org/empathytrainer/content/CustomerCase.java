package org.empathytrainer.content;

import java.util.List;
import java.util.function.Supplier;
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
 *
 * <p>What home lists a case by (id, version, title, summary, channel, industry, difficulty, tags, customer, picture)
 * is held from loading on. The rest, its {@link Body}, may be held too, or, for a case made {@link #light light}, let
 * go once the file has been checked and read again from the file the first time it is asked for (a course of
 * thousands of trainer cases would otherwise keep every case's whole text). Cases are equal only to themselves.
 */
public final class CustomerCase {
    private final String id;
    private final int version;
    private final String title;
    private final String summary;
    private final String channel;
    private final String industry;
    private final Difficulty difficulty;
    private final List<String> tags;
    private final Customer customer;
    private final CaseImage image;
    /** Reads the whole case again for a light case, else null. */
    private final Supplier<CustomerCase> reread;

    private volatile Body body;

    /** What a case's steps show and ask, beyond what home lists it by. */
    private record Body(
            List<Utterance> conversation,
            AgentView agentView,
            PlaceActivity place,
            SenseActivity sense,
            DiscussActivity discuss,
            FixActivity fix,
            List<Utterance> modelReply,
            Debrief debrief,
            List<String> trainerNotes,
            ToneFacts toneFacts) {}

    public CustomerCase(
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
        this(id, version, title, summary, channel, industry, difficulty, tags, customer, image);
        conversation = Checks.nonEmpty(conversation, "conversation");
        modelReply = Checks.nonEmpty(modelReply, "modelReply");
        if (modelReply.stream().noneMatch(t -> t.speaker() == Utterance.Speaker.AGENT)) {
            throw new ContentException("modelReply", "must have at least one agent turn");
        }
        if (debrief == null) {
            throw new ContentException("debrief", "is missing");
        }
        this.body = new Body(
                conversation,
                agentView,
                place,
                sense,
                discuss,
                fix,
                modelReply,
                debrief,
                Checks.nonEmpty(trainerNotes, "trainerNotes"),
                toneFacts == null ? ToneFacts.NONE : toneFacts);
    }

    /** A case known by what home lists it by alone, as an index kept between starts holds it; no body. */
    static CustomerCase listed(
            String id,
            int version,
            String title,
            String summary,
            String channel,
            String industry,
            Difficulty difficulty,
            List<String> tags,
            Customer customer,
            CaseImage image) {
        return new CustomerCase(id, version, title, summary, channel, industry, difficulty, tags, customer, image);
    }

    private CustomerCase(
            String id,
            int version,
            String title,
            String summary,
            String channel,
            String industry,
            Difficulty difficulty,
            List<String> tags,
            Customer customer,
            CaseImage image) {
        Checks.id(id, "id");
        if (version < 1) {
            throw new ContentException("version", "must be 1 or more, not " + version);
        }
        Checks.text(title, "title");
        Checks.text(summary, "summary");
        Checks.text(channel, "channel");
        Checks.text(industry, "industry");
        if (difficulty == null || customer == null) {
            throw new ContentException(difficulty == null ? "difficulty" : "customer", "is missing");
        }
        this.id = id;
        this.version = version;
        this.title = title;
        this.summary = summary;
        this.channel = channel;
        this.industry = industry;
        this.difficulty = difficulty;
        this.tags = List.copyOf(tags);
        this.customer = customer;
        this.image = image;
        this.reread = null;
        this.body = null;
    }

    private CustomerCase(CustomerCase c, Body body, Supplier<CustomerCase> reread) {
        this.id = c.id;
        this.version = c.version;
        this.title = c.title;
        this.summary = c.summary;
        this.channel = c.channel;
        this.industry = c.industry;
        this.difficulty = c.difficulty;
        this.tags = c.tags;
        this.customer = c.customer;
        this.image = c.image;
        this.body = body;
        this.reread = reread;
    }

    /**
     * This case without its body, which {@code reread} reads again from the case's file the first time it is asked
     * for, and which is then kept. {@code reread} returns the same case, by id and version, or throws {@link
     * CaseUnavailableException} naming the file and what is wrong, which the body's accessors then throw.
     */
    public CustomerCase light(Supplier<CustomerCase> reread) {
        return new CustomerCase(this, null, reread);
    }

    /** Whether the body is held: always for a whole case, for a light one once read again. */
    public boolean bodyLoaded() {
        return body != null;
    }

    /**
     * Reads a light case's body now, if it is not held yet: for opening the case, so that a file gone or changed is
     * said before anything of the case is shown.
     *
     * @throws CaseUnavailableException naming the file and what is wrong
     */
    public void readBody() {
        body();
    }

    private Body body() {
        Body b = body;
        if (b == null) {
            synchronized (this) {
                b = body;
                if (b == null) {
                    CustomerCase again = reread.get();
                    b = again.body();
                    body = b;
                }
            }
        }
        return b;
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String channel() {
        return channel;
    }

    public String industry() {
        return industry;
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public List<String> tags() {
        return tags;
    }

    public Customer customer() {
        return customer;
    }

    public CaseImage image() {
        return image;
    }

    public List<Utterance> conversation() {
        return body().conversation();
    }

    public AgentView agentView() {
        return body().agentView();
    }

    public PlaceActivity place() {
        return body().place();
    }

    public SenseActivity sense() {
        return body().sense();
    }

    public DiscussActivity discuss() {
        return body().discuss();
    }

    public FixActivity fix() {
        return body().fix();
    }

    public List<Utterance> modelReply() {
        return body().modelReply();
    }

    public Debrief debrief() {
        return body().debrief();
    }

    public List<String> trainerNotes() {
        return body().trainerNotes();
    }

    public ToneFacts toneFacts() {
        return body().toneFacts();
    }

    @Override
    public String toString() {
        return "CustomerCase[" + id + " version " + version + "]";
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
        return modelReply().stream()
                .filter(t -> t.speaker() == Utterance.Speaker.AGENT)
                .map(Utterance::text)
                .collect(Collectors.joining("\n\n"));
    }

    /** A copy whose step 2 knows the palette's groups of near-synonyms, which the case file does not repeat. */
    public CustomerCase withEmotionGroups(EmotionPalette palette) {
        Body b = body();
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
                b.conversation(),
                b.agentView(),
                b.place(),
                b.sense().withGroups(palette.groups()),
                b.discuss(),
                b.fix(),
                b.modelReply(),
                b.debrief(),
                b.trainerNotes(),
                b.toneFacts());
    }

    private static List<Utterance> modelReplyOf(JsonObjectReader node) {
        if (node.holdsList("modelReply")) {
            return node.list("modelReply", Utterance::read);
        }
        return List.of(new Utterance(Utterance.Speaker.AGENT, node.text("modelReply")));
    }
}
