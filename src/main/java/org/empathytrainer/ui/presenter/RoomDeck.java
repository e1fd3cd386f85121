package org.empathytrainer.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.empathytrainer.content.AckOption;
import org.empathytrainer.content.ActionOption;
import org.empathytrainer.content.Concern;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.CustomerCase;
import org.empathytrainer.content.Emotion;
import org.empathytrainer.content.ExpectedFeeling;
import org.empathytrainer.content.RecordField;
import org.empathytrainer.content.Scene;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.Story;
import org.empathytrainer.content.Utterance;
import org.empathytrainer.practice.Ballot;
import org.empathytrainer.practice.DisplayOrder;
import org.empathytrainer.ui.kit.Messages;
import org.empathytrainer.ui.presenter.RoomSlide.Block;
import org.empathytrainer.ui.presenter.RoomSlide.Kind;
import org.empathytrainer.ui.presenter.RoomSlide.Style;
import org.empathytrainer.ui.wizard.ChannelNames;

/**
 * The room's slides for a lesson, built from the course content: the story scene by scene, then per case a title
 * slide, the customer's situation, their words, and each of the four steps as questions to vote on or to discuss.
 * Steps that ask a learner to write become discussion slides whose model wording R reveals.
 */
public final class RoomDeck {
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    private final Messages m;
    private final Course course;

    public RoomDeck(Messages m, Course course) {
        this.m = m;
        this.course = course;
    }

    /** The slides for the story (when {@code story}) and then {@code cases}, in that order. */
    public List<RoomSlide> slides(boolean story, List<CustomerCase> cases) {
        List<RoomSlide> slides = new ArrayList<>();
        if (story) {
            List<RoomSlide> part = new ArrayList<>();
            story(course.story(), part);
            String name = m.get("room.part.story", course.story().title());
            part.forEach(s -> slides.add(s.inPart(name)));
        }
        for (int i = 0; i < cases.size(); i++) {
            List<RoomSlide> part = new ArrayList<>();
            customerCase(cases.get(i), i + 1, cases.size(), part);
            String name =
                    m.get("room.part.case", i + 1, cases.size(), cases.get(i).title());
            part.forEach(s -> slides.add(s.inPart(name)));
        }
        return List.copyOf(slides);
    }

    private void story(Story s, List<RoomSlide> slides) {
        slides.add(slide(
                Kind.TITLE,
                "title-" + s.id(),
                m.get("room.story"),
                s.title(),
                paragraphs(s.summary()),
                List.of(),
                List.of()));
        List<Scene> scenes = s.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            slides.add(slide(
                    Kind.SCENE,
                    "scene-" + scene.id(),
                    m.get("room.scene", i + 1, scenes.size()),
                    scene.title(),
                    paragraphs(scene.text()),
                    List.of(),
                    scene.trainerNote().map(List::of).orElse(List.of())));
        }
        slides.add(discussion("reflection-" + s.id(), s.title(), s.reflectionPrompt(), s.reflectionHint(), List.of()));
    }

    private void customerCase(CustomerCase c, int number, int count, List<RoomSlide> slides) {
        String eyebrow = m.get("room.case", number, count);
        List<Block> about = new ArrayList<>();
        about.add(Block.of(
                Style.LEAD,
                m.get("room.case.who", c.customer().name(), m.get("channel." + ChannelNames.key(c.channel())))));
        about.addAll(paragraphs(c.summary()));
        slides.add(slide(Kind.TITLE, "title-" + c.id(), eyebrow, c.title(), about, List.of(), c.trainerNotes()));

        List<Block> situation = new ArrayList<>(paragraphs(c.customer().about()));
        for (RecordField f : c.agentView().fields()) {
            situation.add(Block.of(Style.MUTED, m.get("room.field", f.label(), f.value())));
        }
        slides.add(slide(
                Kind.SITUATION,
                "situation-" + c.id(),
                c.title(),
                c.customer().name(),
                situation,
                List.of(),
                List.of()));

        List<Block> words = new ArrayList<>();
        for (Utterance u : c.conversation()) {
            String who =
                    u.speaker() == Utterance.Speaker.CUSTOMER ? c.customer().name() : m.get("room.agent");
            words.add(Block.of(
                    u.speaker() == Utterance.Speaker.CUSTOMER ? Style.QUOTE : Style.MUTED,
                    m.get("room.said", who, u.text())));
        }
        slides.add(slide(
                Kind.WORDS,
                "words-" + c.id(),
                c.title(),
                m.get("room.words", c.customer().name()),
                words,
                List.of(),
                List.of()));

        String place = step(c, Step.PLACE);
        slides.add(discussion(
                "place-retell-" + c.id(),
                place,
                c.place().retellingPrompt(),
                c.place().retellingHint(),
                List.of()));
        List<Concern> concerns = DisplayOrder.concerns(c);
        String rightConcern = concerns.stream()
                .filter(x -> x.credit() == 1.0)
                .findFirst()
                .orElseThrow()
                .id();
        slides.add(question(
                c,
                Step.PLACE,
                place,
                c.place().concernPrompt(),
                concerns.stream().map(x -> new Ballot.Option(x.id(), x.text())).toList(),
                rightConcern,
                concerns.stream()
                        .filter(x -> x.id().equals(rightConcern))
                        .map(Concern::feedback)
                        .toList()));

        String sense = step(c, Step.SENSE);
        List<Block> palette = new ArrayList<>();
        palette.add(Block.of(Style.BODY, c.sense().prompt()));
        palette.add(Block.of(
                Style.MUTED,
                String.join(
                        " · ",
                        course.emotions().emotions().stream()
                                .map(Emotion::label)
                                .toList())));
        List<Block> expected = new ArrayList<>();
        for (ExpectedFeeling f : c.sense().feelings()) {
            String label =
                    course.emotions().find(f.emotion()).map(Emotion::label).orElse(f.emotion());
            expected.add(
                    Block.of(Style.ANSWER, m.get("room.feeling", label, m.get("sense.intensity." + f.intensity()))));
            expected.add(Block.of(Style.BODY, f.why()));
        }
        slides.add(slide(
                Kind.FEELINGS, "sense-" + c.id(), sense, m.get("room.sense.title"), palette, expected, List.of()));

        String discuss = step(c, Step.DISCUSS);
        List<AckOption> acks = DisplayOrder.options(c);
        AckOption best = acks.stream().filter(AckOption::best).findFirst().orElseThrow();
        slides.add(question(
                c,
                Step.DISCUSS,
                discuss,
                c.discuss().choicePrompt(),
                acks.stream().map(x -> new Ballot.Option(x.id(), x.text())).toList(),
                best.id(),
                List.of(best.feedback())));
        slides.add(discussion("discuss-write-" + c.id(), discuss, c.discuss().writePrompt(), best.text(), List.of()));

        String fix = step(c, Step.FIX);
        List<ActionOption> actions = DisplayOrder.actions(c);
        List<String> helpful = new ArrayList<>();
        for (String id : c.fix().order()) {
            actions.stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .ifPresent(a -> helpful.add(m.get("room.helpful", a.text(), a.feedback())));
        }
        slides.add(question(
                c,
                Step.FIX,
                fix,
                c.fix().choicePrompt(),
                actions.stream().map(x -> new Ballot.Option(x.id(), x.text())).toList(),
                c.fix().order().get(0),
                helpful));
        slides.add(discussion(
                "fix-write-" + c.id(),
                fix,
                c.fix().commitmentPrompt(),
                String.join(
                        " ",
                        c.fix().order().stream()
                                .map(id -> actions.stream()
                                        .filter(a -> a.id().equals(id))
                                        .findFirst()
                                        .map(ActionOption::text)
                                        .orElse(id))
                                .toList()),
                List.of()));

        List<Block> reply = new ArrayList<>();
        for (Utterance u : c.modelReply()) {
            if (u.speaker() == Utterance.Speaker.AGENT) {
                reply.addAll(paragraphs(u.text(), Style.QUOTE));
            } else {
                reply.add(Block.of(Style.MUTED, m.get("room.said", c.customer().name(), u.text())));
            }
        }
        slides.add(slide(Kind.REPLY, "reply-" + c.id(), c.title(), m.get("room.reply"), reply, List.of(), List.of()));
    }

    private String step(CustomerCase c, Step step) {
        return m.get("room.step", c.title(), m.get("step.short." + step.id()));
    }

    private RoomSlide question(
            CustomerCase c,
            Step step,
            String eyebrow,
            String prompt,
            List<Ballot.Option> options,
            String right,
            List<String> feedback) {
        Ballot ballot = new Ballot(
                c.id() + "/" + step.id(),
                m.get("votes.ballot-title", c.title(), m.get("step.short." + step.id())),
                prompt,
                options,
                right);
        List<Block> shown = new ArrayList<>();
        shown.add(Block.of(Style.BODY, prompt));
        for (int i = 0; i < options.size(); i++) {
            shown.add(new Block(Style.OPTION, options.get(i).text(), i + 1));
        }
        List<Block> revealed = new ArrayList<>();
        feedback.forEach(f -> revealed.add(Block.of(Style.BODY, f)));
        String answer = m.get(
                "room.answer",
                ballot.rightNumber(),
                options.get(ballot.rightNumber() - 1).text());
        return new RoomSlide(
                Kind.QUESTION,
                "question-" + c.id() + "-" + step.id(),
                eyebrow,
                m.get("room.vote"),
                shown,
                revealed,
                Optional.of(ballot),
                List.of(answer));
    }

    private RoomSlide discussion(String id, String eyebrow, String prompt, String model, List<String> notes) {
        List<Block> shown = List.of(Block.of(Style.BODY, prompt));
        List<Block> revealed = List.of(Block.of(Style.QUOTE, model));
        List<String> all = new ArrayList<>(notes);
        all.add(m.get("room.model-note", model));
        return slide(Kind.DISCUSSION, "discussion-" + id, eyebrow, m.get("room.ask"), shown, revealed, all);
    }

    private static RoomSlide slide(
            Kind kind,
            String id,
            String eyebrow,
            String title,
            List<Block> shown,
            List<Block> revealed,
            List<String> notes) {
        return new RoomSlide(kind, id, eyebrow, title, shown, revealed, Optional.empty(), notes);
    }

    private static List<Block> paragraphs(String text) {
        return paragraphs(text, Style.BODY);
    }

    private static List<Block> paragraphs(String text, Style style) {
        List<Block> blocks = new ArrayList<>();
        for (String p : PARAGRAPHS.split(text.strip())) {
            if (!p.isBlank()) {
                blocks.add(Block.of(style, p.strip()));
            }
        }
        return blocks;
    }
}
