package org.empathytrainer.content;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.empathytrainer.json.JsonObjectReader;

/**
 * A customer case: who calls, what they say, what the agent can see, and the activity of each step. Its version is
 * raised by the author whenever the case changes in a way that affects saved answers; its channel is phone, chat,
 * email or counter; its industry the kind of business ("telecom"), for filtering; its picture, shown beside it, may be
 * null. The rest is described with {@link CaseBody}.
 *
 * <p>What home lists a case by (id, version, title, summary, channel, industry, difficulty, tags, customer, picture)
 * is held from loading on. The rest, its {@link CaseBody}, may be held too, or, for a case made {@link #light light}, let
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

    private volatile CaseBody body;

    /** What home lists a case by, checked; then its body, if given, checked too. */
    private CustomerCase(CustomerCase listing, CaseBody body, Supplier<CustomerCase> reread) {
        this(
                listing.id,
                listing.version,
                listing.title,
                listing.summary,
                listing.channel,
                listing.industry,
                listing.difficulty,
                listing.tags,
                listing.customer,
                listing.image,
                body,
                reread);
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
            CaseImage image,
            CaseBody body,
            Supplier<CustomerCase> reread) {
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
        this.body = body == null ? null : body.checked();
        this.reread = reread;
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
        if (customer == null) {
            throw new ContentException("customer", "is missing");
        }
        return new CustomerCase(
                id, version, title, summary, channel, industry, difficulty, tags, customer, image, null, null);
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

    private CaseBody body() {
        CaseBody b = body;
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
                CaseBody.read(node),
                null);
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
        return new CustomerCase(this, body().withGroups(palette.groups()), null);
    }
}
